#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include "core/model/dataset.h"
#include "core/model/result.h"

/// Reads the posts of a time span into a Dataset: one range scan of the window index per
/// platform, then a sort and the interning of strings in sorted order (see
/// PostRepository::loadDataset). Used by PostRepository on the calling thread's connection.
class DatasetLoader
{
public:
    explicit DatasetLoader(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<Dataset> load(qint64 fromExclusiveMs, qint64 toInclusiveMs, const QStringList &platforms) const;

private:
    QSqlDatabase m_db;
};
