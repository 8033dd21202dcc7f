// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/CheckedCode.h"
#include "core/domain/VoucherManualCode.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

class TestVoucherManualCode : public QObject {
    Q_OBJECT

private slots:
    void generatedCodesArePrintableAndDistinct();
    void typedFormsAreAccepted_data();
    void typedFormsAreAccepted();
    void refusals_data();
    void refusals();
};

void TestVoucherManualCode::generatedCodesArePrintableAndDistinct()
{
    QSet<QString> seen;
    const QRegularExpression plain(u"^[0-9A-HJ-NP-TV-X]{10}$"_s);
    const QRegularExpression printed(u"^[0-9A-HJ-NP-TV-X]{5}-[0-9A-HJ-NP-TV-X]{5}$"_s);
    for (int i = 0; i < 5000; ++i) {
        const VoucherManualCode code = VoucherManualCode::generate();
        QVERIFY(!code.isNull());
        QVERIFY2(plain.match(code.toString()).hasMatch(), qPrintable(code.toString()));
        QVERIFY2(printed.match(code.display()).hasMatch(), qPrintable(code.display()));
        QVERIFY(CheckedCode::isValid(code.toString()));
        seen.insert(code.toString());
    }
    QCOMPARE(seen.size(), 5000);
    QVERIFY(VoucherManualCode().isNull());
}

void TestVoucherManualCode::typedFormsAreAccepted_data()
{
    QTest::addColumn<QString>("typed");
    const VoucherManualCode code = VoucherManualCode::generate();
    QTest::newRow("as printed") << code.display();
    QTest::newRow("plain") << code.toString();
    QTest::newRow("lower case with spaces") << code.display().toLower().replace(u'-', u"  "_s);
    QString withLetterO = code.toString();
    withLetterO.replace(u'0', u'O');
    QTest::newRow("zero typed as letter O") << withLetterO;
}

void TestVoucherManualCode::typedFormsAreAccepted()
{
    QFETCH(QString, typed);
    const auto parsed = VoucherManualCode::parse(typed);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->toString(), CheckedCode::normalize(typed));
}

void TestVoucherManualCode::refusals_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentioned");
    const QString valid = VoucherManualCode::generate().toString();
    QTest::newRow("nine characters") << valid.left(9) << u"wrong-length"_s << u"10"_s;
    QTest::newRow("eleven characters") << valid + u'7' << u"wrong-length"_s << u"10"_s;
    QTest::newRow("letter Z from a German keyboard") << valid.left(4) + u'Z' + valid.mid(5) << u"bad-character"_s << u"\"Z\""_s;
    QString typo = valid;
    typo[6] = typo[6] == u'7' ? u'8' : u'7';
    QTest::newRow("one character mistyped") << typo << u"bad-check-character"_s << u"typing error"_s;
    QString swapped = valid;
    std::swap(swapped[1], swapped[2]);
    if (swapped != valid)
        QTest::newRow("two characters swapped") << swapped << u"bad-check-character"_s << u"typing error"_s;
}

void TestVoucherManualCode::refusals()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QFETCH(QString, mentioned);
    const auto parsed = VoucherManualCode::parse(typed);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QVERIFY2(parsed.error().message.contains(mentioned), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestVoucherManualCode)
#include "TestVoucherManualCode.moc"
