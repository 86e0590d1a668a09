#pragma once

#include <set>

#include <QHash>
#include <QString>

#include "core/model/result.h"
#include "core/storage/upsertstats.h"

class PgConnection;
class PreparedBatch;

/// The batch upsert of the PostgreSQL store (PostRepository::upsert's rules), inside a transaction the
/// caller opened on `connection`:
///  1. the batch's identities go through `COPY … FROM STDIN (FORMAT binary)` into a temporary staging
///     table, then `INSERT … ON CONFLICT DO NOTHING` into post_identity claims the new ones (ids in
///     batch order) and a join locks the stored ones (FOR UPDATE: two writers of one post queue);
///  2. stored posts are merged with the batch here, their old rows (post and tag rows) deleted;
///  3. the day partitions the rows need are created (PgPartitions), then every row and tag row of
///     the batch goes in by binary COPY, and a post whose created_at moved keeps its identity row.
/// Keeps platform and tag ids and the partitions it created; rollback() forgets them.
class PgPostWriter
{
public:
    explicit PgPostWriter(int retentionDays) : m_retentionDays(retentionDays) {}

    Result<UpsertStats> upsert(PgConnection &connection, const PreparedBatch &batch);
    /// After COMMIT: the partitions created are known for good.
    void committed();
    /// After ROLLBACK: ids and partitions of the transaction may not exist.
    void rolledBack();

private:
    Status ensurePartitions(PgConnection &connection, const std::set<qint64> &days);

    int m_retentionDays = 0;
    QHash<QString, qint64> m_platformIds;
    QHash<QString, qint64> m_tagIds;
    std::set<qint64> m_knownDays;   ///< partitions that exist (committed)
    std::set<qint64> m_createdDays; ///< partitions created by the open transaction
    bool m_daysLoaded = false;
};
