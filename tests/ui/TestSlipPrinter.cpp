// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "FrameSamples.h"

#include "core/scan/BarcodeReader.h"
#include "ui/common/SlipPrinter.h"

#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

Q_DECLARE_METATYPE(buurtmunt::Slip)

namespace {

constexpr int rasterDpi = 150;

Slip claimSlip()
{
    Slip slip;
    slip.title = u"Claim slip"_s;
    slip.lines = {{u"Task"_s, u"Sweep the Kerkplein after the market"_s},
                  {u"Resident"_s, u"J. de Vries"_s},
                  {u"Coins"_s, u"12.50"_s},
                  {u"Claimed"_s, u"23-11-2026 14:05"_s}};
    slip.qrPayload = u"BMC1-000123-7K4Q"_s;
    slip.codeCaption = u"000123-7K4Q"_s;
    slip.footer = u"Show this slip to the task owner when the work is done. Buurtmunt, gemeente Voorbeeld."_s;
    return slip;
}

Slip voucherSlip()
{
    Slip slip;
    slip.title = u"Voucher"_s;
    slip.lines = {{u"Value"_s, u"12.50 coins"_s}, {u"Valid until"_s, u"31-01-2027"_s}};
    slip.qrPayload = frames::voucherText();
    slip.codeCaption = slip.qrPayload.left(24) % u"…"_s;
    slip.footer = u"Pay with it at any Buurtmunt shop."_s;
    return slip;
}

Slip passCard()
{
    Slip slip;
    slip.title = u"Buurtmunt pass"_s;
    slip.qrPayload = frames::passTokenText();
    slip.codeCaption = slip.qrPayload;
    slip.footer = u"Lost it? Ask at the town hall."_s;
    slip.pageSize = SlipPrinter::cardPageSize();
    return slip;
}

// Rasterises the only page of a PDF the way a scanner would see paper.
QImage rasterise(const QString& pdfPath, const QString& workDir)
{
    const QString prefix = workDir + u"/page"_s;
    QProcess pdftoppm;
    pdftoppm.start(u"pdftoppm"_s, {u"-r"_s, QString::number(rasterDpi), u"-png"_s, u"-singlefile"_s, pdfPath, prefix});
    if (!pdftoppm.waitForFinished(30000) || pdftoppm.exitCode() != 0) {
        qWarning() << "pdftoppm failed:" << pdftoppm.readAllStandardError();
        return {};
    }
    const QImage page(prefix + u".png"_s);
    QFile::remove(prefix + u".png"_s);
    return page;
}

QString pdfText(const QString& pdfPath)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdfPath, u"-"_s});
    pdftotext.waitForFinished(30000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

qreal mmToPixels(qreal mm)
{
    return mm * rasterDpi / 25.4;
}

} // namespace

class TestSlipPrinter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printedQrScansBack_data();
    void printedQrScansBack();
    void printsThroughAQPrinter();
    void badPathIsRefusedAndLeavesNoFile_data();
    void badPathIsRefusedAndLeavesNoFile();
    void badSlipIsRefusedAndLeavesNoFile_data();
    void badSlipIsRefusedAndLeavesNoFile();
    void noPrinterIsRefused();
};

void TestSlipPrinter::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty() || QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QFAIL("pdftoppm and pdftotext (poppler-utils) are needed to read the printed slips back");
}

void TestSlipPrinter::printedQrScansBack_data()
{
    QTest::addColumn<Slip>("slip");
    QTest::addColumn<QSizeF>("pageMm");
    QTest::newRow("claim slip, A6") << claimSlip() << QSizeF(105, 148);
    QTest::newRow("voucher, 217 digits, A6") << voucherSlip() << QSizeF(105, 148);
    QTest::newRow("pass card, ID-1") << passCard() << QSizeF(53.98, 85.6);
}

void TestSlipPrinter::printedQrScansBack()
{
    QFETCH(Slip, slip);
    QFETCH(QSizeF, pageMm);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdfPath = dir.filePath(u"slip.pdf"_s);

    const Status status = SlipPrinter::printToPdf(slip, pdfPath);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"slip.pdf"_s});
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    pdf.close();

    const QImage page = rasterise(pdfPath, dir.path());
    QVERIFY(!page.isNull());
    // For a look at the layout: BUURTMUNT_SCREENSHOT_DIR=/some/dir saves each page there.
    if (const QString shots = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR"); !shots.isEmpty()) {
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u',');
        page.save(QDir(shots).filePath(u"slip-"_s % name % u".png"_s));
    }
    QVERIFY(qAbs(page.width() - mmToPixels(pageMm.width())) < 3);
    QVERIFY(qAbs(page.height() - mmToPixels(pageMm.height())) < 3);

    const auto code = BarcodeReader::decode(page);
    QVERIFY2(code, "the printed QR code does not scan");
    QCOMPARE(code->text, slip.qrPayload);
    const QRectF qrBounds = code->position.boundingRect();
    // The corners are those of the code without its quiet zone.
    QVERIFY2(qrBounds.width() >= mmToPixels(30) - 3,
             qPrintable(u"QR code only %1 mm wide"_s.arg(qrBounds.width() * 25.4 / rasterDpi)));

    const QString text = pdfText(pdfPath);
    QVERIFY2(text.contains(slip.title), qPrintable(text));
    for (const auto& [label, value] : slip.lines) {
        QVERIFY2(text.contains(label), qPrintable(label));
        QVERIFY2(text.simplified().contains(value), qPrintable(value));
    }
    QVERIFY2(text.simplified().remove(u' ').contains(QString(slip.codeCaption).remove(u' ')),
             qPrintable(slip.codeCaption));
    QVERIFY2(text.simplified().contains(slip.footer.left(20)), qPrintable(slip.footer));
}

void TestSlipPrinter::printsThroughAQPrinter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdfPath = dir.filePath(u"printer.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdfPath);
    const Slip slip = claimSlip();
    const Status status = SlipPrinter::print(slip, &printer);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));

    const QImage page = rasterise(pdfPath, dir.path());
    QVERIFY(!page.isNull());
    QVERIFY(qAbs(page.width() - mmToPixels(105)) < 3);  // the slip's A6, not the printer's default A4
    const auto code = BarcodeReader::decode(page);
    QVERIFY2(code, "the printed QR code does not scan");
    QCOMPARE(code->text, slip.qrPayload);
}

void TestSlipPrinter::badPathIsRefusedAndLeavesNoFile_data()
{
    QTest::addColumn<QString>("relativePath");  // inside the temporary directory, unless absolute
    QTest::addColumn<QString>("named");         // what the message must name
    QTest::newRow("folder does not exist") << u"missing/slip.pdf"_s << u"missing"_s;
    QTest::newRow("path is a folder") << u"sub"_s << u"sub"_s;
    QTest::newRow("empty path") << QString() << u"file name"_s;
    // Even root cannot create files in /proc.
    QTest::newRow("unwritable folder") << u"/proc/buurtmunt-slip.pdf"_s << u"/proc/buurtmunt-slip.pdf"_s;
}

void TestSlipPrinter::badPathIsRefusedAndLeavesNoFile()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
    const QString path = relativePath.isEmpty() || relativePath.startsWith(u'/') ? relativePath
                                                                                 : dir.filePath(relativePath);
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const Status status = SlipPrinter::printToPdf(claimSlip(), path);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"slip-pdf-path"_s);
    QVERIFY2(status.error().message.contains(named), qPrintable(status.error().message));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    QVERIFY(QDir(dir.filePath(u"sub"_s)).isEmpty());
    if (path.startsWith(u"/proc"))
        QVERIFY(!QFile::exists(path));
}

void TestSlipPrinter::badSlipIsRefusedAndLeavesNoFile_data()
{
    QTest::addColumn<Slip>("slip");
    QTest::addColumn<QString>("code");

    QTest::newRow("nothing on it") << Slip{} << u"slip-empty"_s;
    Slip tooLong = claimSlip();
    for (int i = 0; i < 40; ++i)
        tooLong.lines.append({u"Line %1"_s.arg(i), u"More text than an A6 slip can hold"_s});
    QTest::newRow("too many lines for A6") << tooLong << u"slip-does-not-fit"_s;
    Slip denseCode = claimSlip();
    denseCode.qrPayload = QString(2000, u'7');
    QTest::newRow("code too dense to scan at 45 mm") << denseCode << u"slip-does-not-fit"_s;
    Slip hugeCode = claimSlip();
    hugeCode.qrPayload = QString(4000, u'x');
    QTest::newRow("payload too long for a QR code") << hugeCode << u"qr-too-long"_s;
}

void TestSlipPrinter::badSlipIsRefusedAndLeavesNoFile()
{
    QFETCH(Slip, slip);
    QFETCH(QString, code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Status status = SlipPrinter::printToPdf(slip, dir.filePath(u"slip.pdf"_s));
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, code);
    QVERIFY(!status.error().message.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestSlipPrinter::noPrinterIsRefused()
{
    const Status status = SlipPrinter::print(claimSlip(), nullptr);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"slip-no-printer"_s);
}

QTEST_MAIN(TestSlipPrinter)
#include "TestSlipPrinter.moc"
