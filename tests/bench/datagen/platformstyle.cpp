#include "tests/bench/datagen/platformstyle.h"

#include <algorithm>

#include <QLocale>

#include "tests/bench/datagen/rng.h"

using namespace Qt::StringLiterals;

namespace platformstyle {

namespace {

// Index order matters: Vocabulary::creatorName treats 1, 2 and 5 as Chinese platforms.
constexpr PlatformInfo kPlatformTable[] = {
    {u"tiktok", 0.30, false}, {u"xiaohongshu", 0.18, true}, {u"douyin", 0.15, true}, {u"instagram", 0.14, false},
    {u"youtube", 0.07, false}, {u"weibo", 0.09, true},      {u"x", 0.07, false},
};


struct WeightedLabel
{
    const char16_t *label;
    int weight;
};

constexpr WeightedLabel kCnRegions[] = {
    {u"CN-GD", 14}, {u"CN-ZJ", 11}, {u"CN-SH", 10}, {u"CN-BJ", 9}, {u"CN-JS", 9}, {u"CN-SC", 7},
    {u"CN-FJ", 5},  {u"CN-HB", 5},  {u"CN-HN", 4},  {u"CN-SD", 6}, {u"CN-CQ", 4}, {u"CN-SN", 3},
    {u"CN-YN", 2},  {u"CN-LN", 3},  {u"CN-HE", 3},  {u"US", 1},    {u"JP", 1},    {u"HK", 1},
};
constexpr WeightedLabel kGlobalRegions[] = {
    {u"US", 25}, {u"GB", 8}, {u"CA", 5}, {u"AU", 4}, {u"DE", 5}, {u"FR", 5}, {u"ES", 3}, {u"IT", 3}, {u"BR", 7}, {u"MX", 5},
    {u"ID", 7},  {u"PH", 5}, {u"JP", 4}, {u"KR", 3}, {u"TH", 3}, {u"VN", 3}, {u"MY", 2}, {u"SG", 2}, {u"IN", 4}, {u"NG", 2},
};

template <size_t N>
QString weightedLabel(const WeightedLabel (&table)[N], std::uint64_t h)
{
    int total = 0;
    for (const auto &entry : table)
        total += entry.weight;
    int x = int(h % std::uint64_t(total));
    for (const auto &entry : table) {
        if (x < entry.weight)
            return QString::fromUtf16(entry.label);
        x -= entry.weight;
    }
    return QString::fromUtf16(table[0].label);
}


} // namespace

const PlatformInfo &platformInfo(int index)
{
    return kPlatformTable[index];
}

int platformCount()
{
    return int(std::size(kPlatformTable));
}

QString hex(std::uint64_t v, int digits)
{
    return QString::number(v, 16).rightJustified(digits, u'0').right(digits);
}

QString base64Id(std::uint64_t v, int chars)
{
    static const char16_t alphabet[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString s;
    s.reserve(chars);
    for (int i = 0; i < chars; ++i) {
        s.append(QChar(alphabet[v & 63]));
        v = (v >> 6) | (v << 58);
    }
    return s;
}

// Creator ids in each platform's real shape; unique per (platform, index).
QString creatorIdFor(int platform, std::int64_t index)
{
    const auto i = std::uint64_t(index);
    switch (platform) {
    case 0: return QString::number(6800000000000000000ULL + i * 7919ULL);
    case 1: return hex(0x5e000000ULL + std::uint64_t(platform), 8) + hex(mix64(i), 16);
    case 2: return QString::number(50000000000ULL + i * 13ULL);
    case 3: return QString::number(1000000ULL + i * 31ULL);
    case 4: return u"UC"_s + hex(mix64(i), 16) + hex(mix64(i + 0x9999ULL), 6);
    case 5: return QString::number(1000000000ULL + i * 17ULL);
    default: return QString::number(1000000000000000000ULL + i * 104729ULL);
    }
}

QString homeRegion(int platform, std::int64_t creator)
{
    const std::uint64_t h = mix64(std::uint64_t(creator) * 16 + std::uint64_t(platform) + 0xabcdefULL);
    return kPlatformTable[platform].chinese ? weightedLabel(kCnRegions, h) : weightedLabel(kGlobalRegions, h);
}

namespace {

bool isAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

QString fullWidth(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c.unicode() >= 0x21 && c.unicode() <= 0x7e)
            c = QChar(char16_t(c.unicode() - 0x21 + 0xff01));
    }
    return out;
}

} // namespace

// A tag as a source's structured list spells it; NFKC + case-fold + strip give back the tag.
QString spellStructured(const QString &display, int platform, Rng &rng)
{
    QString s = display;
    if (isAscii(display)) {
        const double r = rng.uniform();
        if (r < 0.45)
            s = display.toLower();
        else if (r < 0.90)
            s = display;
        else if (r < 0.95)
            s = display.toUpper();
        else if (r < 0.97)
            s = fullWidth(display);
    } else if (platform == 1 && rng.chance(0.3)) {
        s += u"[话题]"_s;
    }
    const double p = rng.uniform();
    if (p < 0.15)
        return u"#"_s + s;
    if (p < 0.17)
        return u"＃"_s + s;
    return s;
}

// A tag as written in a caption, in the syntax of the platform (Weibo pairs, Xiaohongshu topics).
QString spellInText(const QString &display, int platform, Rng &rng)
{
    QString s = display;
    if (isAscii(display)) {
        const double r = rng.uniform();
        s = r < 0.5 ? display.toLower() : r < 0.95 ? display : display.toUpper();
    }
    if (platform == 5)
        return u"#"_s + s + u"#"_s;
    if (platform == 1 && rng.chance(0.6))
        return u"#"_s + s + u"[话题]#"_s;
    return u"#"_s + s;
}

CountValue spellCount(qint64 v, int platform, Rng &rng)
{
    CountValue c{v, {}};
    const bool chinese = kPlatformTable[platform].chinese;
    const double r = rng.uniform();
    if (chinese && v >= 10000) {
        if (platform == 1 && v >= 100000 && r < 0.1)
            return {100000, u"10万+"_s}; // Xiaohongshu caps display counts: a lower bound
        const qint64 tenths = v / 1000;
        const QString number = tenths % 10 == 0 ? QString::number(tenths / 10)
                                                : QString::number(tenths / 10) + u'.' + QString::number(tenths % 10);
        if (r < 0.75)
            return {tenths * 1000, number + u"万"_s};
        if (r < 0.9)
            return {tenths * 1000, number + u"w"_s};
        return c;
    }
    if (chinese && r < 0.2)
        c.text = QString::number(v); // MediaCrawler stores str(int)
    else if (!chinese && v >= 1000 && r < 0.12)
        c.text = QLocale::c().toString(v); // "1,234"
    else if (!chinese && v >= 1000 && v < 1000000 && r < 0.2) {
        const qint64 tenths = v / 100;
        c = {tenths * 100, QString::number(tenths / 10) + u'.' + QString::number(tenths % 10) + u'k'};
    } else if (!chinese && v >= 1000000 && r < 0.2) {
        const qint64 tenths = v / 100000;
        c = {tenths * 100000, QString::number(tenths / 10) + u'.' + QString::number(tenths % 10) + u'M'};
    }
    return c;
}

QString postUrl(int platform, const QString &postId, const QString &creatorId, Rng &rng)
{
    switch (platform) {
    case 0: return u"https://www.tiktok.com/@user"_s + creatorId.right(8) + u"/video/"_s + postId;
    case 1: return u"https://www.xiaohongshu.com/explore/"_s + postId + u"?xsec_token=AB"_s + hex(rng.next(), 16);
    case 2: return u"https://www.douyin.com/video/"_s + postId;
    case 3: return u"https://www.instagram.com/p/"_s + postId + u'/';
    case 4: return u"https://www.youtube.com/watch?v="_s + postId;
    case 5: return u"https://m.weibo.cn/detail/"_s + postId;
    default: return u"https://x.com/user"_s + creatorId.right(6) + u"/status/"_s + postId;
    }
}


} // namespace platformstyle
