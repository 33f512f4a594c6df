// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageDropTarget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

namespace tessera::ui {

ImageDropTarget::ImageDropTarget(QWidget* target, std::function<bool()> accepting)
    : QObject(target), m_accepting(std::move(accepting))
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool ImageDropTarget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::DragEnter) {
        auto* enter = static_cast<QDragEnterEvent*>(event);
        if (m_accepting() && enter->mimeData()->hasUrls()) {
            enter->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
            drop->acceptProposedAction();
            emit fileDropped(urls.constFirst().toLocalFile());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tessera::ui
