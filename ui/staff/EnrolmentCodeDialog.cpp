// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EnrolmentCodeDialog.h"

#include "StaffLook.h"
#include "core/scan/QrCode.h"
#include "core/staff/DeviceListModel.h"
#include "core/staff/StaffSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

EnrolmentCodeDialog::EnrolmentCodeDialog(StaffSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_roleComboBox(new QComboBox(this))
    , m_shopComboBox(new QComboBox(this))
    , m_neighbourhoodEdit(new QLineEdit(this))
    , m_deviceNameEdit(new QLineEdit(this))
    , m_createButton(StaffLook::actionButton(tr("&Create code"), u"createCodeButton"_s, this))
    , m_closeButton(StaffLook::actionButton(tr("Close"), u"closeCodeButton"_s, this))
    , m_form(new QWidget(this))
    , m_result(new QWidget(this))
    , m_codeLabel(new QLabel(m_result))
    , m_qrLabel(new QLabel(m_result))
    , m_expiryLabel(new QLabel(m_result))
    , m_errorLabel(StaffLook::errorLabel(u"enrolmentErrorLabel"_s, this))
{
    setObjectName(u"enrolmentCodeDialog"_s);
    setWindowTitle(tr("New enrolment code"));
    StaffLook::apply(this);

    for (const QString& role : {u"kiosk"_s, u"counter"_s, u"staff"_s})
        m_roleComboBox->addItem(DeviceListModel::roleText(role), role);
    m_roleComboBox->setObjectName(u"roleComboBox"_s);
    m_roleComboBox->setAccessibleName(tr("Kind of device"));
    m_shopComboBox->setObjectName(u"shopComboBox"_s);
    m_shopComboBox->setAccessibleName(tr("Shop"));
    m_neighbourhoodEdit->setObjectName(u"neighbourhoodEdit"_s);
    m_neighbourhoodEdit->setAccessibleName(tr("Neighbourhood"));
    m_neighbourhoodEdit->setPlaceholderText(tr("where a kiosk stands, e.g. Heerlerheide"));
    m_neighbourhoodEdit->setMaxLength(80);
    m_deviceNameEdit->setObjectName(u"deviceNameEdit"_s);
    m_deviceNameEdit->setAccessibleName(tr("Device name"));
    m_deviceNameEdit->setPlaceholderText(tr("e.g. Kiosk library entrance"));
    m_deviceNameEdit->setMaxLength(80);

    setMinimumWidth(460);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Kind of device:"), m_roleComboBox);
    form->addRow(tr("&Shop:"), m_shopComboBox);
    form->addRow(tr("&Neighbourhood:"), m_neighbourhoodEdit);
    form->addRow(tr("Device &name:"), m_deviceNameEdit);

    m_codeLabel->setObjectName(u"enrolmentCodeLabel"_s);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    // Typed by hand on the new device: large, fixed-width, nothing to mistake.
    m_codeLabel->setStyleSheet(u"font-family: 'DejaVu Sans Mono'; font-size: 28pt; font-weight: bold;"_s);
    m_qrLabel->setObjectName(u"enrolmentQrLabel"_s);
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setAccessibleName(tr("Enrolment code as a QR code"));
    m_expiryLabel->setObjectName(u"enrolmentExpiryLabel"_s);
    m_expiryLabel->setAlignment(Qt::AlignCenter);
    m_expiryLabel->setWordWrap(true);
    auto* result = new QVBoxLayout(m_result);
    result->setContentsMargins(0, 0, 0, 0);
    result->addWidget(m_codeLabel);
    result->addWidget(m_qrLabel);
    result->addWidget(m_expiryLabel);
    m_result->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_result);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    m_createButton->setDefault(true);

    connect(m_roleComboBox, &QComboBox::currentIndexChanged, this, &EnrolmentCodeDialog::updateFields);
    connect(m_createButton, &QPushButton::clicked, this, &EnrolmentCodeDialog::create);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    updateFields();
    loadShops();
}

void EnrolmentCodeDialog::loadShops()
{
    m_shopComboBox->clear();
    m_shopComboBox->addItem(tr("Loading shops…"), qint64(0));
    m_session->fetchShops(false, [self = QPointer<EnrolmentCodeDialog>(this)](
                                     const StaffSession::Reply<QList<ShopRecord>>& reply) {
        if (!self)
            return;
        self->m_shopComboBox->clear();
        if (!reply.ok()) {
            StaffLook::showError(self->m_errorLabel,
                                 tr("The shops could not be loaded: %1").arg(reply.error->message));
        } else {
            for (const ShopRecord& shop : *reply.value) {
                // The server refuses a counter for a closed shop.
                if (shop.active)
                    self->m_shopComboBox->addItem(shop.name, shop.id);
            }
        }
        if (self->m_shopComboBox->count() == 0)
            self->m_shopComboBox->addItem(tr("No active shop: register one first"), qint64(0));
        self->updateFields();
        emit self->shopsLoaded();
    });
}

void EnrolmentCodeDialog::updateFields()
{
    const QString role = m_roleComboBox->currentData().toString();
    // Only the fields that apply to this kind of device are shown, so nobody
    // wonders whether a kiosk belongs to the shop in a greyed-out box.
    auto* form = static_cast<QFormLayout*>(m_form->layout());
    form->setRowVisible(m_shopComboBox, role == u"counter");
    form->setRowVisible(m_neighbourhoodEdit, role == u"kiosk");
    m_shopComboBox->setEnabled(role == u"counter" && m_shopComboBox->currentData().toLongLong() > 0);
    m_neighbourhoodEdit->setEnabled(role == u"kiosk");
}

void EnrolmentCodeDialog::create()
{
    EnrolmentCode::Request request;
    request.role = m_roleComboBox->currentData().toString();
    if (request.role == u"counter") {
        request.shopId = m_shopComboBox->currentData().toLongLong();
        if (request.shopId <= 0) {
            StaffLook::showError(m_errorLabel, tr("A shop counter needs an active shop. Register the shop first."));
            return;
        }
    }
    if (request.role == u"kiosk")
        request.neighbourhood = m_neighbourhoodEdit->text();
    request.deviceName = m_deviceNameEdit->text();
    StaffLook::showError(m_errorLabel, {});
    m_createButton->setEnabled(false);
    m_session->createEnrolmentCode(request, [self = QPointer<EnrolmentCodeDialog>(this)](
                                                const StaffSession::Reply<EnrolmentCode>& reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            self->m_createButton->setEnabled(true);
            QString message = reply.error->message;
            for (const Problem::InvalidParam& param : reply.invalidParams)
                message += u"\n"_s + param.name + u": "_s + param.reason;
            StaffLook::showError(self->m_errorLabel, tr("No code was made: %1").arg(message));
            return;
        }
        self->showCode(*reply.value);
    });
}

void EnrolmentCodeDialog::showCode(const EnrolmentCode& code)
{
    m_code = code;
    m_form->setEnabled(false);
    m_createButton->hide();
    m_codeLabel->setText(code.code);
    m_codeLabel->setAccessibleName(tr("Enrolment code %1").arg(code.code));
    const auto qr = QrCode::render(code.code, 260);
    if (qr) {
        m_qrImage = qr.value();
        m_qrLabel->setPixmap(QPixmap::fromImage(m_qrImage));
    } else {
        m_qrLabel->setText(tr("The QR code could not be drawn (%1); type the code instead.").arg(qr.error().message));
    }
    const QLocale locale;
    const qint64 minutes = std::max<qint64>(QDateTime::currentDateTimeUtc().secsTo(code.expiresAt) / 60, 0);
    const QString expires = locale.toString(code.expiresAt.toLocalTime(), QLocale::ShortFormat);
    m_expiryLabel->setText(
        minutes >= 120
            ? tr("Enter or scan this code in the new device's set-up. It works once and expires at %1 "
                 "(in about %n hour(s)).", nullptr, int(minutes / 60)).arg(expires)
            : tr("Enter or scan this code in the new device's set-up. It works once and expires at %1 "
                 "(in about %n minute(s)).", nullptr, int(minutes)).arg(expires));
    m_result->show();
    m_closeButton->setFocus();
    adjustSize();
    emit codeCreated(code);
}

} // namespace buurtmunt
