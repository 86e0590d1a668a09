#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/ingest/tablesample.h"
#include "core/model/columnmapping.h"
#include "core/model/post.h"

/// What the first rows of a file become under a mapping: one row per sample row with the post's
/// main fields, or the reason it would be rejected (the same rules as the import: ColumnMapper and
/// NativePostMapper). Recomputed whole by setMapping().
class MappingPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingPreviewModel)

public:
    enum Column {
        PlatformColumn, PostIdColumn, CreatorColumn, CreatedColumn, TextColumn, HashtagsColumn, LikesColumn,
        CommentsColumn, SharesColumn, ViewsColumn, ProblemColumn, ColumnCount
    };

    explicit MappingPreviewModel(TableSample sample, QObject *parent = nullptr);

    /// `platform`: for rows that do not say theirs (--platform).
    void setMapping(const ColumnMapping &mapping, const QString &platform);
    /// Rows that would be imported (no problem).
    int goodRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int kRows = 20;

private:
    struct Row
    {
        Post post;
        QString problem; ///< "" = imported
    };
    TableSample m_sample;
    std::vector<Row> m_rows;
};
