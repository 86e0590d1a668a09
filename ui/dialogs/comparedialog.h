#pragma once

#include <QDialog>

#include "core/model/runcomparison.h"

class ComparisonModel;
class QLabel;
class QTableView;

/// Compare with…: two runs side by side (ComparisonModel) under a line naming them and counting new and gone trends.
/// Double-clicking a trend that is still one asks to show it.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    explicit CompareDialog(QWidget *parent = nullptr);

    /// `baseLabel` and `label` name the runs ("pinned run of 2026-06-01 00:00", "the run on screen").
    void setComparison(RunComparison comparison, const QString &baseLabel, const QString &label);
    ComparisonModel *model() const { return m_model; }
    QString summary() const;

Q_SIGNALS:
    void trendActivated(const QString &trendId);

private:
    ComparisonModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
};
