// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SepaCreditTransfer.h"

#include "core/domain/Iban.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamWriter>

#include <optional>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

Error invalid(const QString& message)
{
    return Error{u"invalid-sepa-batch"_s, message};
}

bool isSepaCharacter(QChar c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return u" /-?:().,'+"_s.contains(c);
}

// Identifiers must not start or end with '/' nor contain "//" (EPC rules).
bool isSepaIdentifier(const QString& id)
{
    return !id.isEmpty() && id.size() <= 35 && SepaCreditTransfer::sepaText(id, 35) == id && !id.contains(u' ')
        && !id.startsWith(u'/') && !id.endsWith(u'/') && !id.contains(u"//"_s);
}

std::optional<Error> checkIban(const QString& iban, const QString& field)
{
    auto parsed = Iban::parse(iban);
    if (!parsed)
        return invalid(u"%1 %2"_s.arg(field, parsed.error().message));
    if (parsed.value().toString() != iban)
        return invalid(u"%1 must be written without spaces, in capitals"_s.arg(field));
    return std::nullopt;
}

std::optional<Error> validate(const SepaBatch& batch)
{
    if (!isSepaIdentifier(batch.messageId))
        return invalid(u"the message id must be 1 to 35 SEPA characters without spaces"_s);
    if (!batch.createdAt.isValid())
        return invalid(u"the creation time is missing"_s);
    if (!batch.executionDate.isValid())
        return invalid(u"the requested execution date is missing"_s);
    if (SepaCreditTransfer::sepaText(batch.debtorName, 70).trimmed().isEmpty())
        return invalid(u"the debtor's name is empty"_s);
    if (auto bad = checkIban(batch.debtorIban, u"the debtor's IBAN"_s))
        return bad;
    static const QRegularExpression bic(u"^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$"_s);
    if (!batch.debtorBic.isEmpty() && !bic.match(batch.debtorBic).hasMatch())
        return invalid(u"the debtor's BIC \"%1\" is not a BIC"_s.arg(batch.debtorBic));
    if (batch.transfers.isEmpty())
        return invalid(u"there are no transfers"_s);
    QSet<QString> ids;
    for (qsizetype i = 0; i < batch.transfers.size(); ++i) {
        const SepaTransfer& t = batch.transfers.at(i);
        const QString which = u"transfer %1"_s.arg(i + 1);
        if (!isSepaIdentifier(t.endToEndId))
            return invalid(u"%1: the end-to-end id must be 1 to 35 SEPA characters without spaces"_s.arg(which));
        if (ids.contains(t.endToEndId))
            return invalid(u"%1: the end-to-end id %2 is used twice"_s.arg(which, t.endToEndId));
        ids.insert(t.endToEndId);
        if (SepaCreditTransfer::sepaText(t.creditorName, 70).trimmed().isEmpty())
            return invalid(u"%1: the creditor's name is empty"_s.arg(which));
        if (auto bad = checkIban(t.creditorIban, u"%1: the creditor's IBAN"_s.arg(which)))
            return bad;
        // 999,999,999.99 is the largest amount the scheme allows.
        if (t.euroCents <= 0 || t.euroCents > 99'999'999'999LL)
            return invalid(u"%1: the amount must be from 0.01 to 999999999.99 euro"_s.arg(which));
    }
    return std::nullopt;
}

void textElement(QXmlStreamWriter& xml, const char* name, const QString& text)
{
    xml.writeTextElement(QString::fromLatin1(name), text);
}

void accountElement(QXmlStreamWriter& xml, const char* name, const QString& iban)
{
    xml.writeStartElement(QString::fromLatin1(name));
    xml.writeStartElement(u"Id"_s);
    textElement(xml, "IBAN", iban);
    xml.writeEndElement();
    xml.writeEndElement();
}

void partyElement(QXmlStreamWriter& xml, const char* name, const QString& partyName)
{
    xml.writeStartElement(QString::fromLatin1(name));
    textElement(xml, "Nm", SepaCreditTransfer::sepaText(partyName, 70).trimmed());
    xml.writeEndElement();
}

} // namespace

QString SepaCreditTransfer::amountText(qint64 cents)
{
    const QString sign = cents < 0 ? u"-"_s : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return sign + QString::number(magnitude / 100) + u'.' + QString::number(magnitude % 100).rightJustified(2, u'0');
}

QString SepaCreditTransfer::sepaText(const QString& text, int maxLength)
{
    // Decomposition splits "é" into "e" and a combining accent, which is dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(isSepaCharacter(c) ? c : u' ');
    }
    return out.simplified().left(maxLength);
}

Result<QByteArray> SepaCreditTransfer::write(const SepaBatch& batch)
{
    if (auto bad = validate(batch))
        return *bad;

    qint64 total = 0;
    for (const SepaTransfer& t : batch.transfers)
        total += t.euroCents;
    const QString count = QString::number(batch.transfers.size());

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QString::fromLatin1(kNamespace));
    xml.writeStartElement(u"Document"_s);
    xml.writeStartElement(u"CstmrCdtTrfInitn"_s);

    xml.writeStartElement(u"GrpHdr"_s);
    textElement(xml, "MsgId", batch.messageId);
    textElement(xml, "CreDtTm", batch.createdAt.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    textElement(xml, "NbOfTxs", count);
    textElement(xml, "CtrlSum", amountText(total));
    partyElement(xml, "InitgPty", batch.debtorName);
    xml.writeEndElement();

    xml.writeStartElement(u"PmtInf"_s);
    textElement(xml, "PmtInfId", batch.messageId);
    textElement(xml, "PmtMtd", u"TRF"_s);
    textElement(xml, "BtchBookg", u"true"_s);
    textElement(xml, "NbOfTxs", count);
    textElement(xml, "CtrlSum", amountText(total));
    xml.writeStartElement(u"PmtTpInf"_s);
    xml.writeStartElement(u"SvcLvl"_s);
    textElement(xml, "Cd", u"SEPA"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    textElement(xml, "ReqdExctnDt", batch.executionDate.toString(Qt::ISODate));
    partyElement(xml, "Dbtr", batch.debtorName);
    accountElement(xml, "DbtrAcct", batch.debtorIban);
    xml.writeStartElement(u"DbtrAgt"_s);
    xml.writeStartElement(u"FinInstnId"_s);
    if (batch.debtorBic.isEmpty()) {
        xml.writeStartElement(u"Othr"_s);
        textElement(xml, "Id", u"NOTPROVIDED"_s);
        xml.writeEndElement();
    } else {
        textElement(xml, "BIC", batch.debtorBic);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    textElement(xml, "ChrgBr", u"SLEV"_s);

    for (const SepaTransfer& t : batch.transfers) {
        xml.writeStartElement(u"CdtTrfTxInf"_s);
        xml.writeStartElement(u"PmtId"_s);
        textElement(xml, "EndToEndId", t.endToEndId);
        xml.writeEndElement();
        xml.writeStartElement(u"Amt"_s);
        xml.writeStartElement(u"InstdAmt"_s);
        xml.writeAttribute(u"Ccy"_s, u"EUR"_s);
        xml.writeCharacters(amountText(t.euroCents));
        xml.writeEndElement();
        xml.writeEndElement();
        partyElement(xml, "Cdtr", t.creditorName);
        accountElement(xml, "CdtrAcct", t.creditorIban);
        const QString remittance = sepaText(t.remittance, 140).trimmed();
        if (!remittance.isEmpty()) {
            xml.writeStartElement(u"RmtInf"_s);
            textElement(xml, "Ustrd", remittance);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    xml.writeEndElement();  // PmtInf
    xml.writeEndElement();  // CstmrCdtTrfInitn
    xml.writeEndElement();  // Document
    xml.writeEndDocument();
    return out;
}

} // namespace buurtmunt::server
