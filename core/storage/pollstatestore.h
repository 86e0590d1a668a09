#pragma once

#include <QHash>
#include <QString>

#include "core/model/pollstate.h"
#include "core/model/result.h"

/// The port for live feeds' poll state (poll.sources), keyed by (source id, item): one entry per file of a
/// folder source, one (item "") per URL source — what was read, so nothing is read twice, also after a restart
/// and across ingest instances on one database. Implemented by SqlitePollStateStore and PgPollStateStore. Call it
/// from the worker that imports, never from the GUI thread (a write may wait for an import's transaction).
class PollStateStore
{
public:
    virtual ~PollStateStore() = default;

    /// Every remembered file of a folder source, by file name.
    virtual Result<QHash<QString, PolledFile>> files(const QString &sourceId) const = 0;
    /// Inserts or replaces one file's entry.
    virtual Status saveFile(const QString &sourceId, const PolledFile &file) const = 0;

    /// The validators of a URL source (empty when never fetched).
    virtual Result<UrlValidators> validators(const QString &sourceId) const = 0;
    virtual Status saveValidators(const QString &sourceId, const UrlValidators &validators) const = 0;
};
