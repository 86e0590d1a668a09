#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "ui/runhistory.h"

/// Run → History…: one row per stored run the project keeps (pinned, scheduled, or kept for an alert), newest first.
/// The note column is editable; an edit is announced by noteEdited (the flow stores it).
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { SavedColumn, AsOfColumn, WindowColumn, TrendsColumn, KindColumn, NoteColumn, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1 };

    explicit HistoryModel(QObject *parent = nullptr);

    /// The rows, sorted newest first (by the time each run was stored); resets the model.
    void setEntries(QList<HistoryEntry> entries);
    const QList<HistoryEntry> &entries() const { return m_entries; }
    /// The row of `runId`, or -1.
    int rowOf(const QString &runId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(HistoryMark::Kind kind);

Q_SIGNALS:
    void noteEdited(const QString &runId, const QString &note);

private:
    QList<HistoryEntry> m_entries;
};
