#pragma once

#include <QDialog>

#include "core/service/backtest.h"

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

/// Run → Backtest…: the range (from, to, in UTC), the hours between steps and the window length. It says how many
/// steps that makes, and refuses (OK disabled, the reason shown) a reversed range or more than Backtest::kMaxSteps.
class BacktestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacktestDialog)

public:
    /// Starts with `initial` (from, to, step, window hours).
    explicit BacktestDialog(const BacktestRequest &initial, QWidget *parent = nullptr);

    /// What the analyst chose.
    BacktestRequest request() const;

    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QSpinBox *stepBox() const { return m_step; }
    QSpinBox *windowBox() const { return m_window; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *summary() const { return m_summary; }

private:
    void check();

    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QSpinBox *m_step;
    QSpinBox *m_window;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};
