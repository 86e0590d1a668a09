#pragma once

#include <memory>
#include <vector>

#include <QAbstractTableModel>

#include "core/model/runresult.h"

/// A run's decision log as a table, handed to the view a page at a time (canFetchMore/fetchMore),
/// so a million decisions cost the view only the rows it has scrolled to. Filtering is done
/// elsewhere (DecisionFilter on a worker); the model shows the rows it is given.
class DecisionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionModel)

public:
    enum Column { IndexColumn, StageColumn, SubjectColumn, RuleColumn, OutcomeColumn, MessageColumn, ColumnCount };
    enum Role { DecisionIndexRole = Qt::UserRole + 1, ValuesJsonRole };

    explicit DecisionModel(QObject *parent = nullptr);

    /// `rows` = indices into run->decisions to show (null = all of them).
    void setRun(std::shared_ptr<const RunResult> run, std::shared_ptr<const std::vector<int>> rows = {});
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    /// Every row the current filter selects, loaded or not yet.
    qsizetype totalRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const Decision *decisionAt(int row, int *logIndex) const;

    std::shared_ptr<const RunResult> m_run;
    std::shared_ptr<const std::vector<int>> m_rows;
    int m_loaded = 0;
    int m_pageSize = 2000;
    bool m_announcing = false;
};
