#include "core/ingest/readerregistry.h"

#include "core/ingest/formats/apifyinstagramreader.h"
#include "core/ingest/formats/apifytiktokreader.h"
#include "core/ingest/formats/bazhuayuweibocsvreader.h"
#include "core/ingest/formats/fourcatcsvreader.h"
#include "core/ingest/formats/fourcatndjsonreader.h"
#include "core/ingest/formats/mediacrawlercsvreader.h"
#include "core/ingest/formats/mediacrawlerjsonreader.h"
#include "core/ingest/formats/tiktokapireader.h"
#include "core/ingest/formats/twarcreader.h"
#include "core/ingest/formats/weibomblogjsonreader.h"
#include "core/ingest/formats/ytdtcsvreader.h"
#include "core/ingest/formats/zeeschuimerreader.h"
#include "core/ingest/mappedreader.h"
#include "core/ingest/nativecsvreader.h"
#include "core/ingest/nativejsonreader.h"
#include "core/ingest/nativendjsonreader.h"
#include "core/ingest/sniff.h"

ReaderRegistry ReaderRegistry::standard()
{
    ReaderRegistry registry;
    registry.add(std::make_unique<NativeJsonReader>());
    registry.add(std::make_unique<NativeNdjsonReader>());
    registry.add(std::make_unique<NativeCsvReader>());
    // Capture tools (formats README): they answer above 60 on their own keys, so they win.
    registry.add(std::make_unique<ZeeschuimerReader>());
    registry.add(std::make_unique<FourCatNdjsonReader>());
    registry.add(std::make_unique<FourCatCsvReader>());
    registry.add(std::make_unique<MediaCrawlerJsonReader>());
    registry.add(std::make_unique<MediaCrawlerCsvReader>());
    registry.add(std::make_unique<ApifyTikTokReader>());
    registry.add(std::make_unique<TikTokApiReader>());
    registry.add(std::make_unique<YtdtCsvReader>());
    registry.add(std::make_unique<BazhuayuWeiboCsvReader>());
    registry.add(std::make_unique<WeiboMblogJsonReader>());
    registry.add(std::make_unique<ApifyInstagramReader>());
    registry.add(std::make_unique<TwarcReader>());
    // Last resort (score 1): CSV/JSON no reader above claims, read through a column mapping.
    registry.add(std::make_unique<MappedReader>());
    return registry;
}

void ReaderRegistry::add(std::unique_ptr<Reader> reader)
{
    m_readers.push_back(std::move(reader));
}

const Reader *ReaderRegistry::pick(const SniffInput &input) const
{
    const QString ext = sniff::extension(input.fileName);
    const Reader *best = nullptr;
    int bestScore = 0;
    for (const auto &reader : m_readers) {
        const int score = reader->recognise(input);
        if (score <= 0)
            continue;
        // Scores are compared doubled so that a matching extension (+1) breaks ties only.
        const int ranked = 2 * score + (reader->extensions().contains(ext) ? 1 : 0);
        if (ranked > bestScore) {
            bestScore = ranked;
            best = reader.get();
        }
    }
    return best;
}
