// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "StaffLook.h"

#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace buurtmunt {

void StaffLook::apply(QWidget* widget)
{
    QFont font = widget->font();
    font.setPointSizeF(11.0);
    widget->setFont(font);
    // Under an application style sheet a parent's setFont() does not reach
    // its children, so the size is a style sheet rule too.
    widget->setStyleSheet(uR"(
        QWidget { font-size: 11pt; }
        QLabel#staffLoginTitle, QLabel#passCardTitle { font-size: 17pt; font-weight: bold; }
        QLabel#passTokenLabel { font-family: "DejaVu Sans Mono"; font-size: 14pt; }
        QPushButton { min-height: 30px; min-width: 30px; padding: 2px 12px; border-radius: 4px; }
        QComboBox, QLineEdit, QSpinBox, QDateEdit { min-height: 28px; padding: 1px 6px; border-radius: 4px; }
        QLabel#fieldError, QLabel[fieldError="true"] { color: #a4141c; }
        QLabel#messageLabel[error="true"] { color: #a4141c; }
    )"_s);
}

QLabel* StaffLook::errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("fieldError", true);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

void StaffLook::showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setAccessibleName(message);
    label->setVisible(!message.isEmpty());
}

QString StaffLook::pinProblem(const QString& pin, const QString& repeated)
{
    static const QRegularExpression digits(u"^[0-9]{4,6}$"_s);
    if (!digits.match(pin).hasMatch())
        return tr("The PIN must be 4 to 6 digits.");
    if (pin != repeated)
        return tr("The two PINs are not the same. Type the PIN twice.");
    return {};
}

QPushButton* StaffLook::actionButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    QString accessible = text;
    button->setAccessibleName(accessible.remove(u'&').remove(u"…"_s));
    return button;
}

void StaffLook::setUpRecordTable(QTableView* table, const QString& objectName, const QString& accessibleName)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

bool StaffLook::selectRowWithId(QTableView* table, int idRole, qint64 id)
{
    const QAbstractItemModel* model = table->model();
    for (int row = 0; model && row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(idRole).toLongLong() == id) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

} // namespace buurtmunt
