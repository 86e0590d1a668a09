#pragma once

#include <vector>

#include "core/ingest/readfile.h"
#include "tests/support/testdata.h"

/// Reads a fixture under tests/data/ingest/ with readFile() and keeps every post the sink got.
struct ReadAll
{
    Result<ImportReport> report = Error{};
    std::vector<Post> posts;
    std::vector<size_t> batchSizes;
};

inline QString ingestFixture(const QString &name)
{
    // GT_SOURCE_DIR rather than GT_TEST_DATA: the latter is relative to the test's own folder.
    return testsupport::sourcePath(QStringLiteral("tests/data/ingest/") + name);
}

inline ReadAll readAll(const QString &path, IngestOptions options = {})
{
    ReadAll out;
    out.report = readFile(path, options, [&out](std::vector<Post> &&batch) -> Status {
        out.batchSizes.push_back(batch.size());
        for (Post &p : batch)
            out.posts.push_back(std::move(p));
        return Ok{};
    });
    return out;
}
