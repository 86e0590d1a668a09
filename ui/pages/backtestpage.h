#pragma once

#include <memory>

#include <QWidget>

#include "core/model/backtestresult.h"

class BacktestTimeline;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

/// The Backtest page (../shared/UI.md "Pages"; Run → Backtest… fills it): while a backtest runs, a progress bar in steps
/// and Cancel; then the timeline (BacktestTimeline) with its sort order, a legend and what was asked. A click on a step
/// is passed on as stepClicked.
class BacktestPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacktestPage)

public:
    explicit BacktestPage(QWidget *parent = nullptr);

    /// A backtest started: `what` says the range; the progress bar shows, the old timeline is cleared.
    void showRunning(const QString &what);
    void showProgress(int done, int total);
    void showResult(std::shared_ptr<const BacktestResult> result);
    /// Cancelled or failed: `message` says which.
    void showStopped(const QString &message);
    /// Another project: no result, the page says how to start one.
    void clear();

    BacktestTimeline *timeline() const { return m_timeline; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QComboBox *sortBox() const { return m_sort; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void cancelRequested();
    void stepClicked(qint64 asOfMs);

private:
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QComboBox *m_sort;
    BacktestTimeline *m_timeline;
};
