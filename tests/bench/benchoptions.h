#pragma once

#include <memory>
#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>

#include "core/model/dataset.h"
#include "core/model/pipelineparams.h"
#include "core/model/result.h"
#include "tests/bench/memorydataset.h"

class Database;

/// The options bench_pipeline, bench_load_window and bench_truth_check share: where the posts come
/// from (an existing --db, --data imported into a fresh --db, or --direct: the file read into
/// memory with no database) and which window (--as-of and --window-hours, or both from a
/// gt_datagen --truth file). Loading goes through PostRepository::loadDataset, which is exactly
/// what DiscoveryService::loadWindow calls.
class BenchOptions
{
public:
    explicit BenchOptions(QCommandLineParser &parser);

    /// The truth file's content, when --truth was given (empty otherwise).
    Result<QJsonObject> truth() const;

    /// SPEC section 3 defaults with as_of and window hours from --truth or the flags; asOfMs 0
    /// means "the newest post" and is resolved by loadWindow().
    Result<PipelineParams> params() const;

    /// Opens/imports the database or reads the --direct file (first call only), resolves a zero
    /// as_of to the newest post, and loads the current + baseline windows.
    Result<Dataset> loadWindow(PipelineParams &params);

    /// Opens/imports the database or reads the --direct file; loadWindow() calls it when needed.
    /// Call it first to keep that work out of a timed loadWindow().
    Status prepare();

    /// params() once prepare() has succeeded: what a timed benchmark needs before its loop, or the
    /// first error (to print, prefixed with the benchmark's name).
    Result<PipelineParams> preparedParams();

    int repetitions(int fallback) const;

private:

    QCommandLineParser &m_parser;
    QCommandLineOption m_db;
    QCommandLineOption m_data;
    QCommandLineOption m_direct;
    QCommandLineOption m_truth;
    QCommandLineOption m_asOf;
    QCommandLineOption m_windowHours;
    QCommandLineOption m_reps;
    QCommandLineOption m_road;
    bool m_prepared = false;
    std::shared_ptr<Database> m_database;
    std::optional<MemoryDataset> m_memory;
};
