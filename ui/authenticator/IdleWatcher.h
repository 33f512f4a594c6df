// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace tessera::ui {

// Reports when the user has not touched the application (keys, mouse, wheel) for a while; the
// authenticator locks on it.
class IdleWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{5 * 60 * 1000};

    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    void setActive(bool active);

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace tessera::ui
