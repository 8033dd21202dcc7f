// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SepaSchemeCheck.h"

#include "core/domain/Iban.h"
#include "server/SepaCreditTransfer.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::server;

namespace {

using namespace buurtmunt::test;

SepaBatch sampleBatch()
{
    SepaBatch batch;
    batch.messageId = u"BM-2026-11"_s;
    batch.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    batch.executionDate = QDate(2026, 12, 3);
    batch.debtorName = u"Gemeente Heerlen"_s;
    batch.debtorIban = Iban::withCheckDigits(u"NL", u"BNGH0285001234");
    batch.transfers = {
        {u"BM-2026-11-S1"_s, u"Bakkerij Bongers"_s, Iban::withCheckDigits(u"NL", u"INGB0001234567"), 12'345,
         u"Heitjes november 2026, 14 bonnen"_s},
        {u"BM-2026-11-S2"_s, u"Groenteboer 't Veldje"_s, Iban::withCheckDigits(u"NL", u"RABO0123456789"), 100,
         u"Heitjes november 2026, 1 bon"_s},
        {u"BM-2026-11-S4"_s, u"Boekhandel Het Glaspaleis & Café"_s, Iban::withCheckDigits(u"NL", u"TRIO0198765432"),
         99'999'999'999LL, u"Heitjes november 2026"_s},
    };
    return batch;
}

} // namespace

class TestSepaCreditTransfer : public QObject {
    Q_OBJECT

private slots:
    void fileFollowsTheScheme();
    void headerTotalsMatchTheTransfers();
    void amountsHaveTwoDecimals_data();
    void amountsHaveTwoDecimals();
    void textsAreReducedToTheSepaCharacterSet_data();
    void textsAreReducedToTheSepaCharacterSet();
    void badBatchesAreRefusedNamingTheField_data();
    void badBatchesAreRefusedNamingTheField();
    void theOrderCheckNoticesAMisplacedElement();
};

void TestSepaCreditTransfer::fileFollowsTheScheme()
{
    auto file = SepaCreditTransfer::write(sampleBatch());
    QVERIFY2(file, qPrintable(file.ok() ? QString() : file.error().message));
    const QStringList problems = schemeViolations(file.value());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    QVERIFY(file.value().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QCOMPARE(texts(file.value(), u"CreDtTm"_s), QStringList{u"2026-12-01T09:30:00"_s});
    QCOMPARE(texts(file.value(), u"ReqdExctnDt"_s), QStringList{u"2026-12-03"_s});
    QCOMPARE(texts(file.value(), u"Ustrd"_s).value(0), u"Heitjes november 2026, 14 bonnen"_s);
    // The debtor has no BIC configured: the IBAN-only form.
    QCOMPARE(texts(file.value(), u"Id"_s).contains(u"NOTPROVIDED"_s), true);

    const QStringList ibans = texts(file.value(), u"IBAN"_s);
    QCOMPARE(ibans.size(), 4);
    for (const QString& iban : ibans) {
        auto parsed = Iban::parse(iban);
        QVERIFY2(parsed, qPrintable(iban));
        QCOMPARE(parsed.value().toString(), iban);
    }
}

void TestSepaCreditTransfer::headerTotalsMatchTheTransfers()
{
    const SepaBatch batch = sampleBatch();
    auto file = SepaCreditTransfer::write(batch);
    QVERIFY(file);
    qint64 cents = 0;
    for (const QString& amount : texts(file.value(), u"InstdAmt"_s)) {
        const QStringList parts = amount.split(u'.');
        QCOMPARE(parts.size(), 2);
        cents += parts.at(0).toLongLong() * 100 + parts.at(1).toLongLong();
    }
    QCOMPARE(cents, 12'345 + 100 + 99'999'999'999LL);
    // Group header and payment block both state the count and the sum.
    QCOMPARE(texts(file.value(), u"NbOfTxs"_s), (QStringList{u"3"_s, u"3"_s}));
    QCOMPARE(texts(file.value(), u"CtrlSum"_s), (QStringList{u"1000000124.44"_s, u"1000000124.44"_s}));
    QCOMPARE(texts(file.value(), u"EndToEndId"_s),
             (QStringList{u"BM-2026-11-S1"_s, u"BM-2026-11-S2"_s, u"BM-2026-11-S4"_s}));
}

void TestSepaCreditTransfer::amountsHaveTwoDecimals_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("one cent") << qint64(1) << u"0.01"_s;
    QTest::newRow("ten cents") << qint64(10) << u"0.10"_s;
    QTest::newRow("one euro") << qint64(100) << u"1.00"_s;
    QTest::newRow("12.50") << qint64(1250) << u"12.50"_s;
    QTest::newRow("largest") << qint64(99'999'999'999LL) << u"999999999.99"_s;
}

void TestSepaCreditTransfer::amountsHaveTwoDecimals()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(SepaCreditTransfer::amountText(cents), text);
    SepaBatch batch = sampleBatch();
    batch.transfers = {batch.transfers.first()};
    batch.transfers.first().euroCents = cents;
    auto file = SepaCreditTransfer::write(batch);
    QVERIFY(file);
    QCOMPARE(texts(file.value(), u"InstdAmt"_s), QStringList{text});
    QVERIFY(file.value().contains("<InstdAmt Ccy=\"EUR\">"));
}

void TestSepaCreditTransfer::textsAreReducedToTheSepaCharacterSet_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Bakkerij Bongers"_s << u"Bakkerij Bongers"_s;
    QTest::newRow("apostrophe") << u"Groenteboer 't Veldje"_s << u"Groenteboer 't Veldje"_s;
    QTest::newRow("accents") << u"Café Ëlsloo Façade"_s << u"Cafe Elsloo Facade"_s;
    QTest::newRow("ampersand") << u"Smit & Zn."_s << u"Smit Zn."_s;
    QTest::newRow("newline") << u"Heitjes\nnovember"_s << u"Heitjes november"_s;
}

void TestSepaCreditTransfer::textsAreReducedToTheSepaCharacterSet()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SepaCreditTransfer::sepaText(input, 70), expected);
    QCOMPARE(SepaCreditTransfer::sepaText(u"x"_s.repeated(200), 140).size(), 140);
}

void TestSepaCreditTransfer::badBatchesAreRefusedNamingTheField_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<QString>("named");
    QTest::newRow("creditor IBAN fails mod-97") << 0 << u"transfer 2: the creditor's IBAN"_s;
    QTest::newRow("zero amount") << 1 << u"transfer 1: the amount"_s;
    QTest::newRow("repeated end-to-end id") << 2 << u"transfer 3: the end-to-end id BM-2026-11-S1 is used twice"_s;
    QTest::newRow("no transfers") << 3 << u"no transfers"_s;
    QTest::newRow("message id too long") << 4 << u"message id"_s;
    QTest::newRow("debtor IBAN with spaces") << 5 << u"the debtor's IBAN must be written without spaces"_s;
    QTest::newRow("empty creditor name") << 6 << u"transfer 1: the creditor's name is empty"_s;
    QTest::newRow("bad BIC") << 7 << u"BIC"_s;
}

void TestSepaCreditTransfer::badBatchesAreRefusedNamingTheField()
{
    QFETCH(int, mutation);
    QFETCH(QString, named);
    SepaBatch batch = sampleBatch();
    switch (mutation) {
    case 0: {
        QString& iban = batch.transfers[1].creditorIban;
        iban.back() = iban.back() == u'9' ? QChar(u'8') : QChar(iban.back().unicode() + 1);
        break;
    }
    case 1: batch.transfers[0].euroCents = 0; break;
    case 2: batch.transfers[2].endToEndId = batch.transfers[0].endToEndId; break;
    case 3: batch.transfers.clear(); break;
    case 4: batch.messageId = u"M"_s.repeated(36); break;
    case 5: batch.debtorIban = Iban::parse(batch.debtorIban).value().display(); break;
    case 6: batch.transfers[0].creditorName = u"&&&"_s; break;
    case 7: batch.debtorBic = u"ABN"_s; break;
    default: QFAIL("unknown mutation");
    }
    auto file = SepaCreditTransfer::write(batch);
    QVERIFY(!file);
    QCOMPARE(file.error().code, u"invalid-sepa-batch"_s);
    QVERIFY2(file.error().message.contains(named), qPrintable(file.error().message));
}

void TestSepaCreditTransfer::theOrderCheckNoticesAMisplacedElement()
{
    auto file = SepaCreditTransfer::write(sampleBatch());
    QVERIFY(file);
    QByteArray swapped = file.value();
    // Move the group header's control sum in front of its number of transactions.
    const qsizetype nb = swapped.indexOf("<NbOfTxs>");
    const qsizetype sumStart = swapped.indexOf("<CtrlSum>");
    const qsizetype sumEnd = swapped.indexOf("</CtrlSum>") + int(sizeof("</CtrlSum>") - 1);
    const QByteArray sum = swapped.mid(sumStart, sumEnd - sumStart);
    swapped.remove(sumStart, sumEnd - sumStart);
    swapped.insert(nb, sum);
    QVERIFY(schemeViolations(swapped).contains(u"GrpHdr: NbOfTxs is out of the scheme's order"_s));

    QByteArray missing = file.value();
    missing.replace("<ReqdExctnDt>2026-12-03</ReqdExctnDt>", "");
    QVERIFY(schemeViolations(missing).contains(u"PmtInf lacks the required ReqdExctnDt"_s));
}

QTEST_GUILESS_MAIN(TestSepaCreditTransfer)
#include "TestSepaCreditTransfer.moc"
