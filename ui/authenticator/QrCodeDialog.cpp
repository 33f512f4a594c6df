// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCodeDialog.h"

#include "scan/QrEncoder.h"
#include "widgets/ClipboardGuard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tessera::ui {

QrCodeDialog::QrCodeDialog(const QString& uri, const QString& name, ClipboardGuard& clipboard,
                           QWidget* parent)
    : QDialog(parent), m_uri(uri), m_pages(new QStackedWidget), m_code(new QLabel),
      m_countdown(new QLabel)
{
    setObjectName(QStringLiteral("qrCodeDialog"));
    setWindowTitle(tr("Show as QR code"));

    auto* warning = new QWidget;
    auto* warningLayout = new QVBoxLayout(warning);
    auto* text = new QLabel(
        tr("The QR code for %1 contains its secret. Anyone who sees or photographs it can make "
           "your codes. Show it only to scan it with your own phone.")
            .arg(name.toHtmlEscaped()));
    text->setWordWrap(true);
    auto* show = new QPushButton(tr("Show QR code"));
    show->setObjectName(QStringLiteral("confirmShow"));
    warningLayout->addWidget(text);
    warningLayout->addWidget(show, 0, Qt::AlignRight);

    auto* codePage = new QWidget;
    auto* codeLayout = new QVBoxLayout(codePage);
    m_code->setObjectName(QStringLiteral("qrImage"));
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setAccessibleName(tr("QR code for %1").arg(name));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setForegroundRole(QPalette::PlaceholderText);
    codeLayout->addWidget(m_code);
    codeLayout->addWidget(m_countdown);

    m_pages->addWidget(warning);
    m_pages->addWidget(codePage);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* copy = buttons->addButton(tr("Copy link"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyUri"));
    copy->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(show, &QPushButton::clicked, this, [this, copy] {
        showCode();
        copy->setEnabled(true);
    });
    connect(copy, &QPushButton::clicked, this, [this, &clipboard] { clipboard.copySecret(m_uri); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &QrCodeDialog::tick);
}

QrCodeDialog::~QrCodeDialog()
{
    m_uri.fill(QLatin1Char('\0'));
}

bool QrCodeDialog::isCodeShown() const
{
    return m_pages->currentIndex() == 1;
}

void QrCodeDialog::showCode()
{
    const auto image = scan::QrEncoder::toImage(m_uri, 6, 4);
    if (!image) {
        m_code->setText(image.error());
    } else {
        m_code->setPixmap(QPixmap::fromImage(*image));
    }
    m_pages->setCurrentIndex(1);
    m_secondsLeft = kShowSeconds;
    tick();
    m_timer.start();
    adjustSize();
}

void QrCodeDialog::tick()
{
    if (m_secondsLeft <= 0) {
        m_timer.stop();
        m_code->clear();
        reject();
        return;
    }
    m_countdown->setText(tr("Hides in %n seconds", nullptr, m_secondsLeft));
    --m_secondsLeft;
}

} // namespace tessera::ui
