#pragma once

#include <cstdint>

#include <QString>

#include "tests/bench/datagen/generatedpost.h"

class Rng;

/// How each platform looks in real exports: its share of posts, id shapes, regions, and how it
/// spells tags, counters and links. Platform indices: 0 tiktok, 1 xiaohongshu, 2 douyin,
/// 3 instagram, 4 youtube, 5 weibo, 6 x (Vocabulary::creatorName relies on 1, 2, 5 being Chinese).
namespace platformstyle {

struct PlatformInfo
{
    const char16_t *slug;
    double share;  ///< share within its group (Chinese or not)
    bool chinese;  ///< Chinese platform: CN-xx regions, +08:00 times, 万 counters
};

const PlatformInfo &platformInfo(int index);
int platformCount();

/// Lower-case hex of the low `digits` nibbles, zero-padded.
QString hex(std::uint64_t v, int digits);
/// A base64url string of `chars` characters from the bits of v (Instagram/YouTube shortcodes).
QString base64Id(std::uint64_t v, int chars);

/// Creator id in the platform's real shape, unique per (platform, index).
QString creatorIdFor(int platform, std::int64_t index);
/// A creator's fixed home region: CN-xx on Chinese platforms, a country elsewhere.
QString homeRegion(int platform, std::int64_t creator);

/// A tag as a source's structured list spells it (case, full width, `#`/`＃`, `[话题]`);
/// SPEC section 1 normalization gives back display.toLower().
QString spellStructured(const QString &display, int platform, Rng &rng);
/// A tag as written in a caption, in the platform's syntax (Weibo `#x#`, Xiaohongshu `#x[话题]#`).
QString spellInText(const QString &display, int platform, Rng &rng);
/// A counter as the platform spells it ("1.2万", "3.4w", "10万+", "1,234", "1.5k", "2.1M", "2210").
CountValue spellCount(qint64 v, int platform, Rng &rng);
/// A post link in the platform's shape.
QString postUrl(int platform, const QString &postId, const QString &creatorId, Rng &rng);

} // namespace platformstyle
