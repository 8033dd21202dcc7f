// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ClaimedPage.h"

#include "TaskText.h"
#include "ui/common/SlipPrinter.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

ClaimedPage::ClaimedPage(const Theme& theme, const CoinText& coins, const QLocale& locale, const Task& task,
                         const ResidentClaim& claim, QWidget* parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_coins(coins)
    , m_locale(locale)
    , m_task(task)
    , m_claim(claim)
    , m_heading(new QLabel(this))
    , m_title(new QLabel(this))
    , m_next(new QLabel(this))
    , m_codeCaption(new QLabel(this))
    , m_code(new QLabel(this))
    , m_status(new QLabel(this))
    , m_printButton(new QPushButton(this))
    , m_myTasksButton(new QPushButton(this))
    , m_doneButton(new QPushButton(this))
{
    setObjectName(u"claimedPage"_s);
    const auto style = [](QLabel* label, const QFont& font, const QString& name) {
        label->setObjectName(name);
        label->setFont(font);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    };
    style(m_heading, theme.headingFont(), u"claimedHeading"_s);
    style(m_title, theme.titleFont(), u"claimedTitle"_s);
    style(m_next, theme.bodyFont(), u"claimedNext"_s);
    style(m_codeCaption, theme.bodyFont(), u"claimedCodeCaption"_s);
    QFont codeFont = theme.monospaceFont();
    codeFont.setPointSize(32);
    style(m_code, codeFont, u"claimedToolboxCode"_s);
    style(m_status, theme.bodyFont(), u"slipStatus"_s);
    m_printButton->setObjectName(u"printSlipButton"_s);
    m_printButton->setFont(theme.titleFont());
    m_printButton->setMinimumHeight(72);
    m_myTasksButton->setObjectName(u"claimedMyTasksButton"_s);
    m_doneButton->setObjectName(u"claimedDoneButton"_s);
    m_code->setProperty("readAloud", u"spell"_s);
    const bool toolbox = !m_claim.toolboxCode.isEmpty();
    m_codeCaption->setVisible(toolbox);
    m_code->setVisible(toolbox);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_doneButton);
    buttons->addStretch(1);
    buttons->addWidget(m_myTasksButton);
    buttons->addWidget(m_printButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 40, 64, 40);
    layout->setSpacing(18);
    layout->addWidget(m_heading);
    layout->addWidget(m_title);
    layout->addWidget(m_next);
    layout->addWidget(m_codeCaption);
    layout->addWidget(m_code);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_printButton, &QPushButton::clicked, this, [this] { (void)printSlip(); });
    connect(m_myTasksButton, &QPushButton::clicked, this, &ClaimedPage::myTasksRequested);
    connect(m_doneButton, &QPushButton::clicked, this, &ClaimedPage::done);
    retranslate();
}

Slip ClaimedPage::slip() const
{
    Slip slip;
    // No name or pass on the slip: a lost slip tells a finder nothing about
    // who claimed the task.
    slip.title = tr("Claim slip: %1").arg(m_task.title);
    slip.lines.append({tr("Reward"), m_coins.format(m_claim.rewardCents, m_locale)});
    if (!m_task.address.isEmpty())
        slip.lines.append({tr("Where"), m_task.address});
    slip.lines.append({tr("When"), TaskText::window(m_task.windowStart, m_task.windowEnd, m_locale)});
    if (m_claim.expiresAt.isValid())
        slip.lines.append({tr("Done and reported by"),
                           m_locale.toString(m_claim.expiresAt.toLocalTime(), QLocale::ShortFormat)});
    if (!m_task.safetyNotes.isEmpty())
        slip.lines.append({tr("Safety"), m_task.safetyNotes});
    if (!m_claim.toolboxCode.isEmpty()) {
        slip.qrPayload = QString(m_claim.toolboxCode).remove(u'-');
        slip.codeCaption = m_claim.toolboxCode;
        slip.footer = tr("Show this code at the community centre to pick up the toolbox.");
    } else {
        slip.footer = tr("Mark the task as done at a kiosk when you have finished.");
    }
    return slip;
}

Status ClaimedPage::printSlip()
{
    const Slip content = slip();
    Status status;
    QString where;
    const QPrinterInfo printerInfo = QPrinterInfo::defaultPrinter();
    if (!printerInfo.isNull()) {
        QPrinter printer(printerInfo, QPrinter::HighResolution);
        status = SlipPrinter::print(content, &printer);
        where = tr("The claim slip is printing. Take it with you.");
    } else if (!m_slipFolder.isEmpty()) {
        // Named after the claim and the time only: nothing personal in a file name.
        const QString file = QDir(m_slipFolder).filePath(
            u"claim-slip-%1-%2.pdf"_s.arg(m_claim.id.value())
                .arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s)));
        if (!QDir().mkpath(m_slipFolder))
            status = Status::failure(u"slip-folder"_s, tr("The folder %1 cannot be made.").arg(m_slipFolder));
        else
            status = SlipPrinter::printToPdf(content, file);
        where = tr("There is no printer here; the slip was saved for staff to print.");
    } else {
        status = Status::failure(u"slip-no-printer"_s, tr("This kiosk has no printer."));
    }
    const QString text = status.ok()
        ? where
        : tr("The slip could not be printed: %1 Write down the code above.").arg(status.error().message);
    m_status->setText(text);
    m_status->setAccessibleName(text);
    return status;
}

void ClaimedPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClaimedPage::retranslate()
{
    m_heading->setText(tr("The task is yours!"));
    m_title->setText(m_task.title);
    QString next = m_claim.toolboxCode.isEmpty()
        ? tr("Do the task within its time window, then tap \"I have done this\" under My tasks.")
        : tr("Pick up the toolbox at the community centre with the code below, do the task within its time "
             "window, then tap \"I have done this\" under My tasks.");
    if (m_claim.expiresAt.isValid())
        next += u'\n' + tr("Report it done by %1.").arg(m_locale.toString(m_claim.expiresAt.toLocalTime(),
                                                                          QLocale::ShortFormat));
    m_next->setText(next);
    m_codeCaption->setText(tr("Toolbox pickup code:"));
    m_code->setText(m_claim.toolboxCode);
    m_printButton->setText(tr("Print claim slip"));
    m_printButton->setAccessibleName(tr("Print the claim slip with the toolbox code"));
    m_myTasksButton->setText(tr("My tasks"));
    m_myTasksButton->setAccessibleName(tr("Show my tasks"));
    m_doneButton->setText(tr("Back to all tasks"));
    m_doneButton->setAccessibleName(tr("Back to the task list"));
    for (QLabel* label : {m_heading, m_title, m_next, m_codeCaption})
        label->setAccessibleName(label->text());
    m_code->setAccessibleName(tr("Toolbox pickup code"));
    m_code->setAccessibleDescription(m_claim.toolboxCode);
}

} // namespace buurtmunt
