#pragma once

#include <memory>

#include <QString>

class AlertStore;
class PollStateStore;
class PostStore;
class ProjectStore;
class RunStore;
class ScheduleClaims;

/// The stores of one opened database behind the ports (STYLE.md "Two backends"): what the services,
/// the API and the CLI are built on, whichever backend answers. app/ opens it (SQLite:
/// openSqliteStorage, PostgreSQL: PgStorage::open); nothing else knows which one it is.
struct Storage
{
    std::shared_ptr<const PostStore> posts;
    std::shared_ptr<const RunStore> runs;
    std::shared_ptr<ProjectStore> project;
    /// The alerts raised by stored runs (issue 12); null where the backend keeps none.
    std::shared_ptr<const AlertStore> alerts;
    /// Who runs each tick of discovery.schedule (one instance per tick across all on this database).
    std::shared_ptr<const ScheduleClaims> schedule;
    /// What the live feeds (poll.sources) have read, shared by the ingest instances of this database.
    std::shared_ptr<const PollStateStore> pollState;
    QString location; ///< for logs and messages: the SQLite path or the URI without its password
};
