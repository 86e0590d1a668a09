#pragma once

#include <QObject>

/// The mouse wheel never changes a knob (slider, spin box, date-time edit, combo box) that does not have focus: the
/// wheel event goes on to what is behind the knob (the threshold panel's scroll area), so scrolling a panel never
/// moves a threshold by accident. Installed once on the application (MainWindow does), it also takes the wheel out
/// of the knobs' focus policy as each is polished, so a wheel turn does not give a knob focus either.
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    explicit WheelGuard(QObject *parent = nullptr);

    /// Whether `object` is a knob the guard protects.
    static bool isKnob(const QObject *object);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
