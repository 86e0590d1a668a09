#pragma once

#include <memory>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>

#include "core/model/result.h"
#include "core/service/discoveryservice.h"

class Database;

/// The options bench_pipeline, bench_load_window and bench_truth_check share: which database
/// (an existing --db, or --data imported into a fresh one) and which window (--as-of and
/// --window-hours, or both taken from a gt_datagen --truth file).
class BenchOptions
{
public:
    explicit BenchOptions(QCommandLineParser &parser);

    /// Opens --db, or creates it from --data (printing the import's numbers).
    Result<std::shared_ptr<Database>> database() const;

    /// The discovery request for the window: as_of and window hours from the flags or the truth.
    Result<DiscoverRequest> request() const;

    /// The truth file's content, when --truth was given (empty otherwise).
    Result<QJsonObject> truth() const;

    int repetitions(int fallback) const;

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_db;
    QCommandLineOption m_data;
    QCommandLineOption m_truth;
    QCommandLineOption m_asOf;
    QCommandLineOption m_windowHours;
    QCommandLineOption m_reps;
};
