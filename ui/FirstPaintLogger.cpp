// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaintLogger.h"

#include "UiLog.h"

#include <QEvent>
#include <QWidget>

namespace mailscout {

FirstPaintLogger::FirstPaintLogger(QWidget* widget, const QElapsedTimer& sinceStart)
    : QObject(widget)
    , m_sinceStart(sinceStart)
{
    widget->installEventFilter(this);
}

bool FirstPaintLogger::eventFilter(QObject* watched, QEvent* event)
{
    // The first paint, not show(): a widget is shown long before the window is mapped and drawn.
    if (event->type() == QEvent::Paint) {
        qCInfo(lcUi, "first page shown after %lld ms", static_cast<long long>(m_sinceStart.elapsed()));
        watched->removeEventFilter(this);
        deleteLater();
    }
    return false;
}

} // namespace mailscout
