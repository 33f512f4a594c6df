// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusLine.h"

#include <chrono>

namespace tessera::ui {

namespace {

constexpr std::chrono::milliseconds kShownFor(4000);

} // namespace

StatusLine::StatusLine(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("status"));
    setForegroundRole(QPalette::PlaceholderText);
    setContentsMargins(12, 2, 12, 6);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QLabel::clear);
}

void StatusLine::showMessage(const QString& message)
{
    setText(message);
    m_timer.start(kShownFor);
}

} // namespace tessera::ui
