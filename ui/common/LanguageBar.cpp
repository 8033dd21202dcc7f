// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "LanguageBar.h"

#include "LanguageSwitcher.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace buurtmunt {

LanguageBar::LanguageBar(LanguageSwitcher* switcher, QWidget* parent)
    : QWidget(parent)
    , m_switcher(switcher)
    , m_group(new QButtonGroup(this))
{
    setObjectName(u"languageBar"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (const QString& language : LanguageSwitcher::supportedLanguages()) {
        auto* button = new QPushButton(language.toUpper(), this);
        button->setObjectName(language + u"LanguageButton"_s);
        button->setCheckable(true);
        button->setProperty("language", language);
        button->setAccessibleName(LanguageSwitcher::nativeName(language));
        // Keep the focus where it was: a language tap must not steal it from
        // the list a resident is working in.
        button->setFocusPolicy(Qt::TabFocus);
        m_group->addButton(button);
        layout->addWidget(button);
    }
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
        m_switcher->setLanguage(button->property("language").toString());
    });
    connect(m_switcher, &LanguageSwitcher::languageChanged, this, &LanguageBar::syncChecked);
    syncChecked();
    retranslate();
}

void LanguageBar::syncChecked()
{
    for (QAbstractButton* button : m_group->buttons())
        button->setChecked(button->property("language").toString() == m_switcher->language());
}

void LanguageBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LanguageBar::retranslate()
{
    setAccessibleName(tr("Language"));
    for (QAbstractButton* button : m_group->buttons())
        button->setToolTip(LanguageSwitcher::nativeName(button->property("language").toString()));
}

} // namespace buurtmunt
