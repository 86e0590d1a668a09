#pragma once

#include <QtGlobal>

/// What one upsert did. Every post of the batch counts once: a post new to the database is
/// inserted, a post already stored (or repeated earlier in the same batch) is updated.
struct UpsertStats
{
    qint64 inserted = 0;
    qint64 updated = 0;
};
