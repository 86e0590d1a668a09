#pragma once

#include <QByteArray>
#include <QString>

#include "tests/bench/datagen/generatedpost.h"

/// What the capture-tool writers share: when the (simulated) tool saw the post, and counters in
/// the spelling a tool uses when it writes every counter as a string.
namespace capturewriter {

/// Capture time of the `index`-th line: after the post was made, and later for later lines, so a
/// duplicate written after its original (the generator's --duplicate-rate) is the newer snapshot.
inline qint64 captureMs(const GeneratedPost &post, qint64 index)
{
    return post.createdAtMs + 600'000 + index * 1000;
}

/// The counter as a string ("1.2万" stays, 1234 becomes "1234"): Xiaohongshu and MediaCrawler.
inline QString countText(const CountValue &count)
{
    return count.text.isEmpty() ? QString::number(count.value) : count.text;
}

/// `tag` without a leading `#`/`＃` and Xiaohongshu's `[话题]`, as tools list a structured tag.
QString bareTag(const QString &tag);

} // namespace capturewriter
