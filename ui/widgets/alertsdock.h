#pragma once

#include <QDockWidget>

class AlertModel;
class QLabel;
class QTableView;

/// The Alerts dock (../shared/UI.md): the project's alerts (AlertModel), its title counting them ("Alerts (3)"), a
/// button for the watch list; double-clicking an alert asks to open its run and trend.
class AlertsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsDock)

public:
    explicit AlertsDock(QWidget *parent = nullptr);

    AlertModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Says why there are no alerts (no watch list, the sample is read-only, …); empty hides the line.
    void setNote(const QString &text);

Q_SIGNALS:
    void openRequested(const QString &runId, const QString &trendId);
    void watchListRequested();

private:
    void updateTitle();

    AlertModel *m_model;
    QTableView *m_view;
    QLabel *m_note;
};
