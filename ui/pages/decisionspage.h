#pragma once

#include <QWidget>

#include "ui/models/decisionfilter.h"
#include "ui/runsnapshot.h"

class DecisionModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

/// The run's decision log with filters (stage, subject, outcome) and text search. Filtering a
/// million decisions runs on a worker; the model hands the view one page at a time.
class DecisionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionsPage)

public:
    explicit DecisionsPage(QWidget *parent = nullptr);

    void setSnapshot(const RunSnapshot &snapshot);
    /// Shows only the decisions about `subject` (e.g. "cluster:<id>"), as from the evidence panel.
    void showSubject(const QString &subject);
    void setFilter(const DecisionFilter &filter);

    DecisionModel *model() const { return m_model; }

Q_SIGNALS:
    /// The model shows the rows of the current filter (for tests and the status line).
    void filtered(qsizetype rows);

private:
    void applyFilter();
    DecisionFilter currentFilter() const;

    RunSnapshot m_snapshot;
    DecisionModel *m_model;
    QTableView *m_view;
    QComboBox *m_stage;
    QComboBox *m_outcome;
    QLineEdit *m_subject;
    QLineEdit *m_text;
    QLabel *m_count;
    QTimer *m_typing;
    quint64 m_generation = 0;
};
