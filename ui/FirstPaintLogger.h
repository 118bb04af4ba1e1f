// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace mailscout {

// Logs on lcUi (info) when a widget is painted for the first time, counted from a start the caller timed:
// how long the user looks at nothing after starting Mailscout. Goes away after that one paint.
class FirstPaintLogger : public QObject {
    Q_OBJECT

public:
    FirstPaintLogger(QWidget* widget, const QElapsedTimer& sinceStart);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_sinceStart;
};

} // namespace mailscout
