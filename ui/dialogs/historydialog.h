#pragma once

#include <QDialog>

class HistoryModel;
class QLabel;
class QPushButton;
class QTableView;

/// Run → History…: the project's kept runs (HistoryModel) with Open, Compare with current, Compare (two selected) and
/// Unpin. The note column is edited in place. It only says what was asked for; HistoryFlow does it.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(HistoryModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /// The run ids of the selected rows, top to bottom.
    QStringList selectedRunIds() const;
    /// Selects the row of `runId` (if listed).
    void selectRun(const QString &runId);

Q_SIGNALS:
    void openRequested(const QString &runId);
    /// The selected run beside the run on screen.
    void compareWithCurrentRequested(const QString &runId);
    /// Two selected runs: `runId` (the later as-of) beside `baseRunId`.
    void compareRequested(const QString &baseRunId, const QString &runId);
    void removeRequested(const QStringList &runIds);

private:
    void updateButtons();

    HistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_compareCurrent;
    QPushButton *m_compareTwo;
    QPushButton *m_remove;
};
