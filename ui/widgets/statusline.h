#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;
class QToolButton;
struct RunResult;

/// The window's bottom line (../shared/UI.md): what the run shows (posts in window, clusters,
/// trends, run time; SAMPLE DATA when it is the sample), the last change ("3 trends → 4; #x new"),
/// a progress bar with Cancel while something runs, and the REST server's address.
class StatusLine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLine)

public:
    explicit StatusLine(QStatusBar *bar);

    void setChange(const QString &text);
    QString change() const;
    /// The run's summary; null = no run yet.
    void showRun(const RunResult *run, bool isSample);
    /// "server: ADDRESS", or "server: off" for an empty address.
    void setServer(const QString &address);

    /// Shows the progress bar while `what` is not empty, with Cancel when `cancellable`; a run
    /// (not cancellable here) shows an indeterminate bar labelled `what`.
    void setBusy(const QString &what, bool cancellable);
    /// A pipeline run: an indeterminate "Running…" bar, shown only once the run has lasted
    /// kRunningDelayMs, so that quick re-runs (a slider) neither flash nor animate it; the bar's
    /// animation repaints the window many times a second, CPU the run itself needs on two cores.
    void setRunning(bool running);
    static constexpr int kRunningDelayMs = 400;
    bool isProgressShown() const;
    /// Progress of an import or export; maximum 0 = indeterminate; a null format keeps the last.
    void setProgress(int value, int maximum, const QString &format = {});

Q_SIGNALS:
    void cancelRequested();

private:
    void showBusy(const QString &what, bool cancellable);

    QLabel *m_state;
    QLabel *m_change;
    QLabel *m_server;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QTimer *m_runningDelay;
};
