#include "ui/widgets/wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>

WheelGuard::WheelGuard(QObject *parent) : QObject(parent) {}

bool WheelGuard::isKnob(const QObject *object)
{
    return qobject_cast<const QAbstractSlider *>(object) || qobject_cast<const QAbstractSpinBox *>(object)
           || qobject_cast<const QComboBox *>(object);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && isKnob(watched)) {
        auto *knob = static_cast<QWidget *>(watched);
        if ((knob->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            knob->setFocusPolicy(Qt::StrongFocus);
    } else if (event->type() == QEvent::Wheel && isKnob(watched) && !static_cast<QWidget *>(watched)->hasFocus()) {
        // Ignored and filtered: QApplication hands an ignored wheel event on to the parent (the scroll area).
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
