#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/model/importreport.h"

/// The rejected records of an import: file, line, field, reason (the import summary's details).
class RejectsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectsModel)

public:
    enum Column { FileColumn, LineColumn, FieldColumn, ReasonColumn, ColumnCount };

    explicit RejectsModel(QObject *parent = nullptr);

    void setRejects(const QList<RejectedRecord> &rejects);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRecord> m_rejects;
};
