#pragma once

#include <QLineEdit>

/// A whole-number field with a range that refuses what it cannot take instead of changing it:
/// a spin box stops the keystroke that leaves its range (typing 720 into one that ends at 168
/// gave 72). Here the analyst's text stays as typed; on Enter or leaving the field an out-of-range
/// or non-numeric entry turns the field red, its tooltip says why, `refused` carries the reason
/// for the status bar, and value() keeps the last accepted number. A valid entry emits
/// valueEdited. Escape puts the accepted value back.
class RangeEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeEdit)

public:
    /// `what` names the quantity in messages ("window"), `unit` follows numbers ("h").
    RangeEdit(int minimum, int maximum, const QString &what, const QString &unit, QWidget *parent = nullptr);

    int value() const { return m_value; }
    /// Shows `value` without emitting valueEdited, and clears a refusal.
    void setValue(int value);
    int minimum() const { return m_minimum; }
    int maximum() const { return m_maximum; }
    /// True while the text shown is a refused entry.
    bool isRefused() const { return m_refused; }

Q_SIGNALS:
    void valueEdited(int value);
    void refused(const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void commit();
    void showRefused(const QString &reason);
    void clearRefused();

    int m_minimum;
    int m_maximum;
    int m_value;
    QString m_what;
    QString m_unit;
    QString m_tooltip;
    bool m_refused = false;
};
