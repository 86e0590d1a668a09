#pragma once

#include <cstdint>

#include <QString>

/// The knobs of gt_datagen (see main.cpp for the flags and tests/bench/README.md for the meaning).
struct GeneratorConfig
{
    qint64 posts = 10000;          ///< unique posts written (duplicates come on top)
    std::uint64_t seed = 1;
    qint64 asOfMs = 1795176000000; ///< 2026-11-20T12:00:00Z; whole seconds
    int windowHours = 24;
    int baselineWindows = 3;
    double duplicateRate = 0.0;    ///< share of posts written a second time with newer counters
    QString format = QStringLiteral("native-ndjson");
};
