// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace tessera::ui {

QList<QPair<QString, QByteArray>> ClipboardGuard::secretMarkers()
{
#if defined(Q_OS_WIN)
    // Registered clipboard formats holding a DWORD (little-endian): "exclude" 1, the others 0.
    const QByteArray one("\x01\x00\x00\x00", 4);
    const QByteArray zero(4, '\0');
    return {{QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), one},
            {QStringLiteral("CanIncludeInClipboardHistory"), zero},
            {QStringLiteral("CanUploadToCloudClipboard"), zero}};
#elif defined(Q_OS_MACOS)
    // Qt maps this MIME type to the org.nspasteboard.ConcealedType pasteboard type.
    return {
        {QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArrayLiteral("secret")}};
#else
    return {{QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret")}};
#endif
}

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
    for (const auto& [format, value] : secretMarkers()) {
        mime->setData(format, value);
    }
    QGuiApplication::clipboard()->setMimeData(mime);
    m_copied = text;
    m_timer.start(m_delay);
}

bool ClipboardGuard::clipboardHoldsOurs() const
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    return !m_copied.isEmpty() && mime != nullptr &&
           mime->hasFormat(secretMarkers().constFirst().first) && mime->text() == m_copied;
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
