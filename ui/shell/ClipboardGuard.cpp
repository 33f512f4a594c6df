// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace tessera::ui {

namespace {

const QString kSecretHint = QStringLiteral("x-kde-passwordManagerHint");

} // namespace

ClipboardGuard::ClipboardGuard(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfOurs);
}

ClipboardGuard::~ClipboardGuard()
{
    if (QGuiApplication::instance() != nullptr) {
        clearIfOurs();
    }
}

void ClipboardGuard::copySecret(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    mime->setData(kSecretHint, QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_copied = text;
    m_timer.start(m_delay);
}

bool ClipboardGuard::clipboardHoldsOurs() const
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    return !m_copied.isEmpty() && mime != nullptr && mime->hasFormat(kSecretHint) &&
           mime->text() == m_copied;
}

void ClipboardGuard::clearIfOurs()
{
    m_timer.stop();
    if (clipboardHoldsOurs()) {
        QGuiApplication::clipboard()->clear();
        emit cleared();
    }
    m_copied.clear();
}

} // namespace tessera::ui
