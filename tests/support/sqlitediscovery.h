#pragma once

#include <memory>

#include <QString>

#include "core/model/pipelineparams.h"
#include "core/service/discoveryservice.h"
#include "core/service/livewindow.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "core/storage/runrepository.h"

/// A DiscoveryService on the SQLite stores of `database`, as app/ builds it (header-only, so only
/// tests that link gt_service and gt_storage pay for it). `liveWindow`: keep the span in memory.
inline std::shared_ptr<DiscoveryService> sqliteDiscovery(const std::shared_ptr<Database> &database,
                                                         PipelineParams params = {},
                                                         const QString &asOf = QStringLiteral("latest"),
                                                         bool liveWindow = false)
{
    auto posts = std::make_shared<const PostRepository>(database);
    auto runs = std::make_shared<const RunRepository>(database);
    return std::make_shared<DiscoveryService>(posts, runs, std::move(params), asOf,
                                              liveWindow ? std::make_shared<LiveWindow>(posts) : nullptr);
}
