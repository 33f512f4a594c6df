// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace tessera::ui {

// Lets a file be dropped on a widget (an image of a QR code, for the add dialog to scan) while
// `accepting` says so; the page decides what a dropped file becomes.
class ImageDropTarget : public QObject
{
    Q_OBJECT
public:
    ImageDropTarget(QWidget* target, std::function<bool()> accepting);

signals:
    void fileDropped(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<bool()> m_accepting;
};

} // namespace tessera::ui
