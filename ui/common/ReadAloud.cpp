// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ReadAloud.h"

#include "LanguageSwitcher.h"

#include <QGridLayout>
#include <QLabel>
#include <QLayout>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocumentFragment>
#include <QTextToSpeech>
#include <QWidget>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

// A voice from the country the desk's locale names (LanguageSwitcher::locale)
// where the engine has one: Dutch as spoken in the Netherlands, not Flanders.
QLocale::Territory preferredTerritory(QLocale::Language language)
{
    switch (language) {
    case QLocale::Dutch: return QLocale::Netherlands;
    case QLocale::German: return QLocale::Germany;
    case QLocale::English: return QLocale::UnitedKingdom;
    default: return QLocale::AnyTerritory;
    }
}

QLocale bestLocale(const QList<QLocale>& offered, QLocale::Language language)
{
    QLocale found(QLocale::C);
    for (const QLocale& locale : offered) {
        if (locale.language() != language)
            continue;
        if (locale.territory() == preferredTerritory(language))
            return locale;
        if (found.language() == QLocale::C)
            found = locale;
    }
    return found;
}

int languagesCovered(const QTextToSpeech& speech)
{
    const QList<QLocale> offered = speech.availableLocales();
    int covered = 0;
    for (const QString& language : LanguageSwitcher::supportedLanguages()) {
        if (bestLocale(offered, QLocale(language).language()).language() != QLocale::C)
            ++covered;
    }
    return covered;
}

bool endsASentence(const QString& text)
{
    static const QString marks = u".!?:;…"_s;
    return !text.isEmpty() && marks.contains(text.back());
}

// "K7DM-4QXP-9TR2" as "K 7 D M, 4 Q X P, 9 T R 2": an engine reads a code
// glued together as a word, and a code heard as a word cannot be typed.
QString spelled(const QString& code)
{
    QStringList groups;
    for (const QString& group : code.split(QRegularExpression(u"[\\s-]+"_s), Qt::SkipEmptyParts)) {
        QStringList characters;
        for (const QChar c : group)
            characters.append(QString(c));
        groups.append(characters.join(u' '));
    }
    return groups.join(u", "_s);
}

void appendLabel(const QLabel* label, QStringList* sentences)
{
    QString text = label->text();
    if (text.isEmpty())
        return;
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    if (label->property("readAloud").toString() == u"spell") {
        sentences->append(spelled(text) + u'.');
        return;
    }
    // Each line is its own sentence, so the voice pauses where the eye does.
    for (QString line : text.split(u'\n', Qt::SkipEmptyParts)) {
        line = line.simplified();
        if (line.isEmpty())
            continue;
        if (!endsASentence(line))
            line += u'.';
        sentences->append(line);
    }
}

bool excluded(const QWidget* widget)
{
    const QVariant flag = widget->property("readAloud");
    return flag.isValid() && flag.typeId() == QMetaType::Bool && !flag.toBool();
}

void layoutOrder(const QLayout* layout, QList<const QWidget*>* widgets)
{
    QList<int> indexes;
    for (int i = 0; i < layout->count(); ++i)
        indexes.append(i);
    // A grid lists its items in the order they were added; read it by rows.
    if (const auto* grid = qobject_cast<const QGridLayout*>(layout)) {
        const auto cell = [grid](int index) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            const_cast<QGridLayout*>(grid)->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
            return std::pair(row, column);
        };
        std::stable_sort(indexes.begin(), indexes.end(), [&](int a, int b) { return cell(a) < cell(b); });
    }
    for (const int i : indexes) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* widget = item->widget())
            widgets->append(widget);
        else if (const QLayout* inner = item->layout())
            layoutOrder(inner, widgets);
    }
}

// Reading order is the order the page's layouts give: a column is read to
// its end before the next column, as a person reads a page.
void collect(const QWidget* widget, const QWidget* root, QStringList* sentences)
{
    if (widget != root && (!widget->isVisibleTo(root) || excluded(widget)))
        return;
    if (const auto* label = qobject_cast<const QLabel*>(widget)) {
        appendLabel(label, sentences);
        return;
    }
    QList<const QWidget*> ordered;
    if (const QLayout* layout = widget->layout())
        layoutOrder(layout, &ordered);
    // Children outside any layout (a scroll area's viewport and content).
    const QSet<const QWidget*> placed(ordered.cbegin(), ordered.cend());
    for (const QObject* child : widget->children()) {
        const auto* childWidget = qobject_cast<const QWidget*>(child);
        if (childWidget && !childWidget->isWindow() && !placed.contains(childWidget))
            ordered.append(childWidget);
    }
    for (const QWidget* child : ordered) {
        if (child->parentWidget() == widget)
            collect(child, root, sentences);
    }
}

} // namespace

ReadAloud::ReadAloud(const QString& engine, QObject* parent)
    : QObject(parent)
    , m_language(LanguageSwitcher::defaultLanguage())
{
    const QStringList installed = installedEngines();
    QStringList candidates = engine.isEmpty() ? installed : QStringList{engine};
    // speech-dispatcher first: on Debian it speaks every language the kiosk
    // offers, and then no other engine needs starting (and opening sound).
    std::stable_partition(candidates.begin(), candidates.end(),
                          [](const QString& name) { return name == u"speechd"; });
    const int all = int(LanguageSwitcher::supportedLanguages().size());
    int bestCoverage = 0;
    for (const QString& name : candidates) {
        if (bestCoverage == all)
            break;
        if (!installed.contains(name))
            continue;
        auto speech = std::make_unique<QTextToSpeech>(name);
        if (speech->state() == QTextToSpeech::Error)
            continue;
        const int coverage = languagesCovered(*speech);
        if (coverage <= bestCoverage)
            continue;
        bestCoverage = coverage;
        delete m_speech;
        m_speech = speech.release();
        m_speech->setParent(this);
        m_engineName = name;
    }
    if (m_speech) {
        // A little slower than the engines' default: easier to follow for
        // someone who hears the words as the only way to read them.
        m_speech->setRate(-0.15);
        connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            setSpeaking(state == QTextToSpeech::Speaking);
            // The speech server went away: stop offering what cannot work.
            if (state == QTextToSpeech::Error)
                chooseVoice();
        });
    }
    chooseVoice();
}

QStringList ReadAloud::installedEngines()
{
    return QTextToSpeech::availableEngines();
}

ReadAloud::~ReadAloud()
{
    // Silence, without telling anyone: whoever listens may be going too.
    if (m_speech)
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
}

void ReadAloud::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    stop();
    m_language = language;
    chooseVoice();
}

QLocale ReadAloud::voiceLocale() const
{
    return m_available ? m_speech->locale() : QLocale(QLocale::C);
}

void ReadAloud::chooseVoice()
{
    bool available = false;
    if (m_speech && m_speech->state() != QTextToSpeech::Error) {
        const QLocale locale = bestLocale(m_speech->availableLocales(), QLocale(m_language).language());
        if (locale.language() != QLocale::C) {
            m_speech->setLocale(locale);
            available = m_speech->locale().language() == locale.language();
        }
    }
    if (available != m_available) {
        m_available = available;
        emit availabilityChanged(available);
    }
}

void ReadAloud::read(const QString& text)
{
    stop();
    if (!m_available || text.trimmed().isEmpty())
        return;
    m_speech->say(text);
}

void ReadAloud::stop()
{
    if (m_speech)
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
    setSpeaking(false);
}

void ReadAloud::setSpeaking(bool speaking)
{
    if (speaking == m_speaking)
        return;
    m_speaking = speaking;
    emit speakingChanged(speaking);
}

QString ReadAloud::textOf(const QWidget* root)
{
    QStringList sentences;
    if (root)
        collect(root, root, &sentences);
    return sentences.join(u'\n');
}

} // namespace buurtmunt
