#include "ui/widgets/rangeedit.h"

#include <QKeyEvent>

using namespace Qt::StringLiterals;

RangeEdit::RangeEdit(int minimum, int maximum, const QString &what, const QString &unit, QWidget *parent)
    : QLineEdit(parent), m_minimum(minimum), m_maximum(maximum), m_value(minimum), m_what(what), m_unit(unit)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setText(QString::number(m_value));
    connect(this, &QLineEdit::editingFinished, this, &RangeEdit::commit);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (m_refused)
            clearRefused(); // typing again: the analyst is correcting it
    });
}

void RangeEdit::setValue(int value)
{
    m_value = value; // shown as it is: only what the analyst types is held to the range
    clearRefused();
    setText(QString::number(m_value));
}

void RangeEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (m_refused || text() != QString::number(m_value))) {
        setValue(m_value);
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void RangeEdit::commit()
{
    const QString typed = text().trimmed();
    bool ok = false;
    const qlonglong number = typed.toLongLong(&ok);
    const QString range = u"%1–%2 %3"_s.arg(m_minimum).arg(m_maximum).arg(m_unit);
    if (!ok) {
        showRefused(tr("“%1” is not a whole number: the %2 takes %3; it stays %4 %5").arg(typed, m_what, range)
                        .arg(m_value)
                        .arg(m_unit));
        return;
    }
    if (number < m_minimum || number > m_maximum) {
        showRefused(tr("%1 %2 is out of range: the %3 takes %4; it stays %5 %2").arg(number)
                        .arg(m_unit, m_what, range)
                        .arg(m_value));
        return;
    }
    clearRefused();
    setText(QString::number(number));
    if (int(number) == m_value)
        return;
    m_value = int(number);
    Q_EMIT valueEdited(m_value);
}

void RangeEdit::showRefused(const QString &reason)
{
    if (!m_refused)
        m_tooltip = toolTip();
    m_refused = true;
    setStyleSheet(u"QLineEdit { background: #ffd6d6; color: #8b0000; border: 1px solid #d32f2f; }"_s);
    setToolTip(reason);
    setAccessibleDescription(reason);
    Q_EMIT refused(reason);
}

void RangeEdit::clearRefused()
{
    if (!m_refused)
        return;
    m_refused = false;
    setStyleSheet(QString());
    setToolTip(m_tooltip);
    setAccessibleDescription(QString());
}
