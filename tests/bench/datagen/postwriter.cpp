#include "tests/bench/datagen/postwriter.h"

#include "tests/bench/datagen/mediacrawlerdouyinwriter.h"
#include "tests/bench/datagen/nativendjsonwriter.h"
#include "tests/bench/datagen/zeeschuimertiktokwriter.h"
#include "tests/bench/datagen/zeeschuimerxiaohongshuwriter.h"

using namespace Qt::StringLiterals;

// New formats (Zeeschuimer TikTok, Zeeschuimer Xiaohongshu post page, MediaCrawler Douyin) are one
// PostWriter subclass each, registered in these two functions.
std::unique_ptr<PostWriter> PostWriter::create(const QString &formatId)
{
    if (formatId == u"native-ndjson"_s)
        return std::make_unique<NativeNdjsonWriter>();
    if (formatId == u"zeeschuimer-tiktok"_s)
        return std::make_unique<ZeeschuimerTikTokWriter>();
    if (formatId == u"zeeschuimer-xiaohongshu"_s)
        return std::make_unique<ZeeschuimerXiaohongshuWriter>();
    if (formatId == u"mediacrawler-douyin"_s)
        return std::make_unique<MediaCrawlerDouyinWriter>();
    // "mixed" needs its output folder: main.cpp builds a MixedWriter itself.
    return nullptr;
}

QStringList PostWriter::formats()
{
    return {u"native-ndjson"_s, u"zeeschuimer-tiktok"_s, u"zeeschuimer-xiaohongshu"_s, u"mediacrawler-douyin"_s,
            u"mixed"_s};
}
