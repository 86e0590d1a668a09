#pragma once

#include <QAbstractTableModel>

#include "core/ingest/tablesample.h"
#include "core/model/columnmapping.h"

/// The columns (or JSON key paths) of a file to map, one row each: its name, the field of SPEC
/// section 1 it feeds (editable: setData() with a field name, "" for none) and its first values.
/// A field takes one column, so giving it to a column takes it from the one that had it; columns of
/// one flattened list (`hashtags/0/name`, `hashtags/1/name`) feed hashtags together.
class MappingColumnsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingColumnsModel)

public:
    enum Column { NameColumn, FieldColumn, ValuesColumn, ColumnCount };

    MappingColumnsModel(TableSample sample, ColumnMapping mapping, QObject *parent = nullptr);

    const ColumnMapping &mapping() const { return m_mapping; }
    const TableSample &sample() const { return m_sample; }
    /// The field column `row` feeds ("" for none).
    QString fieldOf(int row) const;
    /// Gives `field` to the column in `row` ("" = the column feeds nothing).
    bool setField(int row, const QString &field);
    /// The fields a column can feed, "" first.
    static QStringList fieldChoices();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void mappingChanged();

private:
    TableSample m_sample;
    ColumnMapping m_mapping;
};
