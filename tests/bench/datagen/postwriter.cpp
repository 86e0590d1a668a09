#include "tests/bench/datagen/postwriter.h"

#include "tests/bench/datagen/nativendjsonwriter.h"

using namespace Qt::StringLiterals;

// New formats (Zeeschuimer TikTok, Zeeschuimer Xiaohongshu post page, MediaCrawler Douyin) are one
// PostWriter subclass each, registered in these two functions.
std::unique_ptr<PostWriter> PostWriter::create(const QString &formatId)
{
    if (formatId == u"native-ndjson"_s)
        return std::make_unique<NativeNdjsonWriter>();
    return nullptr;
}

QStringList PostWriter::formats()
{
    return {u"native-ndjson"_s};
}
