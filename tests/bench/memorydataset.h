#pragma once

#include <vector>

#include <QString>

#include "core/model/dataset.h"
#include "core/model/importreport.h"
#include "core/model/post.h"
#include "core/model/result.h"

/// A data file read straight into memory (ingest readers, no database), for runs of the pipeline
/// that must not depend on storage: `--direct` in the benchmarks. Storage's own loader is the
/// reference; this one mirrors its documented rules (identity dedup keeping the later copy, posts
/// sorted by created_at, platform, post id, strings interned in that order).
class MemoryDataset
{
public:
    /// Reads every post of `path` (any supported format).
    static Result<MemoryDataset> read(const QString &path);

    /// The posts with fromExclusiveMs < created_at ≤ toInclusiveMs, as a Dataset.
    Dataset window(qint64 fromExclusiveMs, qint64 toInclusiveMs) const;

    qint64 newestCreatedAtMs() const { return m_newestMs; }
    const ImportReport &report() const { return m_report; }

private:
    std::vector<Post> m_posts; ///< unique by (platform, post_id), sorted
    qint64 m_newestMs = 0;
    ImportReport m_report;
};
