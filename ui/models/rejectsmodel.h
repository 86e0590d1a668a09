#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/model/importreport.h"

/// The rejects of one or more imports grouped by file, field and kind of reason, with a count and
/// the first lines of each group (the import summary's details): thousands of records rejected
/// for one reason read as one row.
class RejectsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectsModel)

public:
    enum Column { FileColumn, FieldColumn, ReasonColumn, CountColumn, LinesColumn, ColumnCount };

    explicit RejectsModel(QObject *parent = nullptr);

    void setReports(const QList<ImportReport> &reports);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString file;
        RejectGroup group;
    };
    QList<Row> m_rows;
};
