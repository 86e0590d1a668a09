#pragma once

#include "core/model/result.h"

class PgConnection;

/// The PostgreSQL schema and its versioned migrations (table schema_migrations: one row per applied
/// version). Posts and their tag rows are range-partitioned by created_at_ms, one partition per UTC
/// day (PgPartitions creates them); the identity (platform, post_id) lives in the non-partitioned
/// post_identity table, which names the row id and the created_at_ms (the partition) of each post.
namespace pgschema {

/// The version this build writes.
int version();

/// Applies the migrations the database lacks, under an advisory lock so that instances starting at
/// once do not race. A database written by a newer GlassTrend is refused ("schema_too_new").
Status migrate(PgConnection &connection);

} // namespace pgschema
