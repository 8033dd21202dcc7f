// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/SepaCreditTransfer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

// A structural check of pain.001.001.03 files without an XSD validator on the
// machine: shared by the writer's own test and the settlement tests, so both
// hold the file to the same table.
namespace buurtmunt::test {

using namespace Qt::StringLiterals;

// The child sequences of the pain.001.001.03 types this file uses, in the
// scheme's order; a leading '*' marks a required child. Keyed by element
// name, or "parent/name" where one name has different types.
inline const QHash<QString, QStringList>& schemeSequences()
{
    static const QHash<QString, QStringList> sequences{
        {u"Document"_s, {u"*CstmrCdtTrfInitn"_s}},
        {u"CstmrCdtTrfInitn"_s, {u"*GrpHdr"_s, u"*PmtInf"_s}},
        {u"GrpHdr"_s, {u"*MsgId"_s, u"*CreDtTm"_s, u"Authstn"_s, u"*NbOfTxs"_s, u"CtrlSum"_s, u"*InitgPty"_s,
                       u"FwdgAgt"_s}},
        {u"PmtInf"_s, {u"*PmtInfId"_s, u"*PmtMtd"_s, u"BtchBookg"_s, u"NbOfTxs"_s, u"CtrlSum"_s, u"PmtTpInf"_s,
                       u"*ReqdExctnDt"_s, u"PoolgAdjstmntDt"_s, u"*Dbtr"_s, u"*DbtrAcct"_s, u"*DbtrAgt"_s,
                       u"DbtrAgtAcct"_s, u"UltmtDbtr"_s, u"ChrgBr"_s, u"ChrgsAcct"_s, u"ChrgsAcctAgt"_s,
                       u"*CdtTrfTxInf"_s}},
        {u"PmtTpInf"_s, {u"InstrPrty"_s, u"SvcLvl"_s, u"LclInstrm"_s, u"CtgyPurp"_s}},
        {u"SvcLvl"_s, {u"Cd"_s, u"Prtry"_s}},
        {u"InitgPty"_s, {u"Nm"_s, u"PstlAdr"_s, u"Id"_s, u"CtryOfRes"_s, u"CtctDtls"_s}},
        {u"Dbtr"_s, {u"Nm"_s, u"PstlAdr"_s, u"Id"_s, u"CtryOfRes"_s, u"CtctDtls"_s}},
        {u"Cdtr"_s, {u"Nm"_s, u"PstlAdr"_s, u"Id"_s, u"CtryOfRes"_s, u"CtctDtls"_s}},
        {u"DbtrAcct"_s, {u"*Id"_s, u"Tp"_s, u"Ccy"_s, u"Nm"_s}},
        {u"CdtrAcct"_s, {u"*Id"_s, u"Tp"_s, u"Ccy"_s, u"Nm"_s}},
        {u"DbtrAcct/Id"_s, {u"IBAN"_s, u"Othr"_s}},
        {u"CdtrAcct/Id"_s, {u"IBAN"_s, u"Othr"_s}},
        {u"DbtrAgt"_s, {u"*FinInstnId"_s, u"BrnchId"_s}},
        {u"FinInstnId"_s, {u"BIC"_s, u"ClrSysMmbId"_s, u"Nm"_s, u"PstlAdr"_s, u"Othr"_s}},
        {u"FinInstnId/Othr"_s, {u"*Id"_s, u"SchmeNm"_s, u"Issr"_s}},
        {u"CdtTrfTxInf"_s, {u"*PmtId"_s, u"PmtTpInf"_s, u"*Amt"_s, u"XchgRateInf"_s, u"ChrgBr"_s, u"ChqInstr"_s,
                            u"UltmtDbtr"_s, u"IntrmyAgt1"_s, u"IntrmyAgt1Acct"_s, u"IntrmyAgt2"_s,
                            u"IntrmyAgt2Acct"_s, u"IntrmyAgt3"_s, u"IntrmyAgt3Acct"_s, u"CdtrAgt"_s,
                            u"CdtrAgtAcct"_s, u"Cdtr"_s, u"CdtrAcct"_s, u"UltmtCdtr"_s, u"InstrForCdtrAgt"_s,
                            u"InstrForDbtrAgt"_s, u"Purp"_s, u"RgltryRptg"_s, u"Tax"_s, u"RltdRmtInf"_s,
                            u"RmtInf"_s}},
        {u"PmtId"_s, {u"InstrId"_s, u"*EndToEndId"_s}},
        {u"Amt"_s, {u"InstdAmt"_s, u"EqvtAmt"_s}},
        {u"RmtInf"_s, {u"Ustrd"_s, u"Strd"_s}},
    };
    return sequences;
}

// Elements that may repeat; every other child appears at most once.
inline const QSet<QString> kRepeatable{u"PmtInf"_s, u"CdtTrfTxInf"_s, u"Ustrd"_s, u"Authstn"_s};
// Elements with only text (or no children in this file).
inline const QSet<QString> kLeaves{u"MsgId"_s, u"CreDtTm"_s, u"NbOfTxs"_s, u"CtrlSum"_s, u"Nm"_s, u"PmtInfId"_s,
                            u"PmtMtd"_s, u"BtchBookg"_s, u"Cd"_s, u"ReqdExctnDt"_s, u"IBAN"_s, u"BIC"_s,
                            u"ChrgBr"_s, u"EndToEndId"_s, u"InstdAmt"_s, u"Ustrd"_s, u"Id"_s};

struct SchemeNode {
    QString name;
    QString key;
    QStringList children;
};

// Reads the document and reports every place where it leaves the scheme's
// element order, misses a required element, repeats a single one, or uses an
// element this table does not know. Empty when the document conforms.
inline QStringList schemeViolations(const QByteArray& xmlText)
{
    QStringList problems;
    QXmlStreamReader xml(xmlText);
    QList<SchemeNode> stack;
    const auto keyFor = [&stack](const QString& name) -> QString {
        if ((name == u"Id"_s || name == u"Othr"_s) && !stack.isEmpty())
            return stack.constLast().name + u'/' + name;
        return name;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.namespaceUri() != QLatin1StringView(server::SepaCreditTransfer::kNamespace))
                problems << u"%1 is not in the pain.001.001.03 namespace"_s.arg(xml.name());
            const QString name = xml.name().toString();
            if (!stack.isEmpty())
                stack.last().children << name;
            else if (name != u"Document"_s)
                problems << u"the root element is %1, not Document"_s.arg(name);
            const QString key = keyFor(name);
            if (!schemeSequences().contains(key) && !kLeaves.contains(name))
                problems << u"%1 is not an element this file may contain"_s.arg(key);
            stack.append(SchemeNode{name, key, {}});
        } else if (xml.isEndElement()) {
            const SchemeNode node = stack.takeLast();
            const auto sequence = schemeSequences().find(node.key);
            if (sequence == schemeSequences().end())
                continue;
            QStringList order;
            for (const QString& entry : *sequence)
                order << (entry.startsWith(u'*') ? entry.mid(1) : entry);
            qsizetype last = -1;
            for (const QString& child : node.children) {
                const qsizetype at = order.indexOf(child);
                if (at < 0)
                    problems << u"%1 may not contain %2"_s.arg(node.key, child);
                else if (at < last || (at == last && !kRepeatable.contains(child)))
                    problems << u"%1: %2 is out of the scheme's order"_s.arg(node.key, child);
                last = std::max(last, at);
            }
            for (const QString& entry : *sequence) {
                if (entry.startsWith(u'*') && !node.children.contains(entry.mid(1)))
                    problems << u"%1 lacks the required %2"_s.arg(node.key, entry.mid(1));
            }
            if (node.key == u"Amt"_s || node.key.endsWith(u"/Id"_s) || node.key == u"SvcLvl"_s) {
                if (node.children.size() != 1)
                    problems << u"%1 must hold exactly one choice"_s.arg(node.key);
            }
        }
    }
    if (xml.hasError())
        problems << u"not well-formed: %1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return problems;
}

// Every text of the elements with this name, in document order.
inline QStringList texts(const QByteArray& xmlText, const QString& element)
{
    QStringList out;
    QXmlStreamReader xml(xmlText);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == element)
            out << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return out;
}

} // namespace buurtmunt::test
