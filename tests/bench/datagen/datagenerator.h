#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QJsonObject>
#include <QString>

#include "tests/bench/datagen/generatedpost.h"
#include "tests/bench/datagen/generatorconfig.h"
#include "tests/bench/datagen/planteditem.h"
#include "tests/bench/datagen/plantedtally.h"
#include "tests/bench/datagen/rng.h"
#include "tests/bench/datagen/vocabulary.h"

class QIODevice;
class PostWriter;

/// Streams a deterministic multi-platform dataset: the background, the planted trends and the
/// decoys, interleaved at random but with exact per-item counts (sampling without replacement), so
/// nothing but a few tallies is held in memory whatever the size. Same config ⇒ same bytes.
class DataGenerator
{
public:
    explicit DataGenerator(GeneratorConfig config);

    /// Problems with the config (e.g. too few posts for the planted items); empty when fine.
    QString validate() const;

    /// Writes every post to `device` through `writer`. `progress` is called every 100k posts.
    /// Returns an empty string on success, else the write error.
    QString run(QIODevice &device, PostWriter &writer, const std::function<void(qint64)> &progress = {});

    const std::vector<PlantedItem> &items() const { return m_items; }
    const std::vector<PlantedTally> &tallies() const { return m_tallies; }
    const GeneratorStats &stats() const { return m_stats; }
    const GeneratorConfig &config() const { return m_config; }
    const std::vector<double> &windowVolume() const { return m_windowVolume; }
    const Vocabulary &vocabulary() const { return *m_vocabulary; }

private:
    void makeBackground(GeneratedPost &post);
    void makePlanted(size_t item, GeneratedPost &post);
    void fillCommon(GeneratedPost &post, int platform, const QString &creatorId, std::int64_t creatorIndex,
                    const QStringList &displayTags, double engagementBoost);
    qint64 timeIn(int window, WindowShape shape);
    void tallyPlanted(size_t item, const GeneratedPost &post, int window, const QStringList &normalizedTags);
    int pickPlatform(double cnShare);
    int platformIndex(const QString &slug) const;

    GeneratorConfig m_config;
    Rng m_rng;
    std::unique_ptr<Vocabulary> m_vocabulary;
    std::vector<PlantedItem> m_items;
    std::vector<PlantedTally> m_tallies;
    std::vector<double> m_windowVolume;  ///< per window, ≈ 1 ± 5 %: the background's variation
    std::vector<double> m_windowCumulative;
    std::vector<qint64> m_remaining;     ///< [0] background, [1 + i] planted item i
    std::vector<qint64> m_plantedWritten;
    std::vector<std::int64_t> m_poolSize; ///< creators per platform
    qint64 m_index = 0;                  ///< unique posts written so far (ids derive from it)
    std::uint64_t m_idOffset = 0;
    bool m_asOfPostWritten = false;
    GeneratorStats m_stats;
};
