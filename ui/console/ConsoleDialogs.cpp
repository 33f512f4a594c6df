// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleDialogs.h"

#include "pool/MfaChangePlan.h"
#include "pool/UserPool.h"
#include "widgets/InlineMessage.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tessera::ui::console {

namespace {

QLabel* statusLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setAccessibleName(QObject::tr("Status"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void describe(QWidget* widget, const QString& name, const QString& description)
{
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

} // namespace

CreatePoolDialog::CreatePoolDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New user pool"));
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit;
    describe(m_name, tr("Pool name"), tr("1 to 128 letters, digits, spaces and + = , . @ -"));
    m_mode = new QComboBox;
    for (const auto mode : {pool::MfaMode::Off, pool::MfaMode::Optional, pool::MfaMode::On}) {
        m_mode->addItem(pool::MfaChangePlan::modeWords(mode), int(mode));
        m_mode->setItemData(m_mode->count() - 1, pool::MfaChangePlan::modeSentence(mode),
                            Qt::ToolTipRole);
    }
    describe(m_mode, tr("MFA"),
             tr("Optional and Required turn authenticator apps (TOTP) on; change factors later."));
    m_status = statusLabel();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&MFA:"), m_mode);
    form->addRow(m_status);
    form->addRow(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &CreatePoolDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString CreatePoolDialog::poolName() const
{
    return m_name->text();
}

pool::MfaMode CreatePoolDialog::mode() const
{
    return pool::MfaMode(m_mode->currentData().toInt());
}

void CreatePoolDialog::showFailure(const QString& message)
{
    showInlineMessage(m_status, message, true);
}

void CreatePoolDialog::validate()
{
    const auto named = pool::UserPool::checkName(m_name->text());
    // An empty field is not yet an error to shout about; the button says it all.
    showInlineMessage(
        m_status, !named.ok() && !m_name->text().isEmpty() ? named.failure().message : QString(),
        true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(named.ok());
}

DeletePoolDialog::DeletePoolDialog(const QString& poolName, qint64 users, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Delete %1").arg(poolName));
    auto* layout = new QVBoxLayout(this);
    auto* warning = new QLabel(
        tr("Deleting pool %1 deletes its %n user(s), their factors and devices, for good. Apps "
           "that sign in to it stop working.",
           nullptr, int(qMin<qint64>(users, INT_MAX)))
            .arg(poolName));
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto* prompt = new QLabel(tr("Type the pool's name, %1, to confirm:").arg(poolName));
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_confirm = new QLineEdit;
    describe(m_confirm, tr("Pool name to confirm"), tr("Type %1 to enable Delete.").arg(poolName));
    prompt->setBuddy(m_confirm);
    layout->addWidget(m_confirm);
    m_status = statusLabel();
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto* remove = buttons->addButton(tr("&Delete pool"), QDialogButtonBox::DestructiveRole);
    remove->setAccessibleName(tr("Delete pool"));
    remove->setEnabled(false);
    connect(m_confirm, &QLineEdit::textChanged, this,
            [remove, poolName](const QString& text) { remove->setEnabled(text == poolName); });
    connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void DeletePoolDialog::showFailure(const QString& message)
{
    showInlineMessage(m_status, message, true);
}

EndpointDialog::EndpointDialog(const QStringList& profiles, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Other endpoint"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("A Cognito-compatible endpoint: cognito-local, LocalStack, or "
                                "\"tessera-cli pool serve\" on another computer."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_url = new QLineEdit;
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:9229"));
    describe(m_url, tr("Endpoint URL"),
             tr("http:// or https:// and a host, e.g. "
                "http://127.0.0.1:9229"));
    m_region = new QLineEdit(QStringLiteral("us-east-1"));
    describe(m_region, tr("Region"), tr("The region requests are signed for."));
    m_profile = new QComboBox;
    m_profile->addItem(tr("(environment or default)"), QString());
    for (const QString& profile : profiles) {
        m_profile->addItem(profile, profile);
    }
    describe(m_profile, tr("AWS profile"), tr("Whose keys sign the requests."));
    m_status = statusLabel();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect"));
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(m_status);
    form->addRow(m_buttons);
    connect(m_url, &QLineEdit::textChanged, this, &EndpointDialog::validate);
    connect(m_region, &QLineEdit::textChanged, this, &EndpointDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

pool::PoolConnection EndpointDialog::connection() const
{
    return pool::PoolConnection::cognito(m_profile->currentData().toString(),
                                         m_region->text().trimmed(), m_url->text().trimmed());
}

void EndpointDialog::validate()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    QString problem;
    if (!m_url->text().trimmed().isEmpty() &&
        (!url.isValid() || url.host().isEmpty() ||
         (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))) {
        problem = tr("The URL needs http:// or https:// and a host, e.g. http://127.0.0.1:9229.");
    } else if (m_region->text().trimmed().isEmpty()) {
        problem = tr("Give the region requests are signed for, e.g. us-east-1.");
    }
    showInlineMessage(m_status, problem, true);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !m_url->text().trimmed().isEmpty());
}

HistoryDialog::HistoryDialog(const QList<pool::PolicyVersion>& versions, const QString& poolName,
                             QWidget* parent)
    : QDialog(parent), m_versions(versions)
{
    setWindowTitle(tr("Policy history of %1").arg(poolName));
    auto* layout = new QVBoxLayout(this);
    m_list = new QListWidget;
    describe(m_list, tr("Applied policies"),
             tr("Every MFA policy applied to this pool from Tessera, newest first."));
    for (const auto& version : versions) {
        const QString when =
            QLocale().toString(QDateTime::fromSecsSinceEpoch(version.time), QLocale::ShortFormat);
        const QString what =
            tr("%1 → %2").arg(pool::MfaChangePlan::modeWords(version.before.mfa.mode),
                              pool::MfaChangePlan::modeWords(version.after.mfa.mode));
        auto* item =
            new QListWidgetItem(tr("%1  %2  (%3)").arg(when, what, version.connectionName));
        m_list->addItem(item);
    }
    if (versions.isEmpty()) {
        m_list->addItem(tr("No policy was applied to this pool from Tessera yet."));
        m_list->setEnabled(false);
    }
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* restore = buttons->addButton(tr("&Restore this version…"), QDialogButtonBox::ActionRole);
    restore->setAccessibleName(tr("Restore this version"));
    restore->setAccessibleDescription(
        tr("Reviews the chosen version's policy as a change plan before anything is applied."));
    restore->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [restore, this](int row) { restore->setEnabled(row >= 0 && !m_versions.isEmpty()); });
    connect(restore, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_versions.size()) {
            emit restoreRequested(m_versions.at(row).after);
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 340);
}

} // namespace tessera::ui::console
