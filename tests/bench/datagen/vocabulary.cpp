#include "tests/bench/datagen/vocabulary.h"

#include <algorithm>
#include <cmath>

#include "tests/bench/datagen/rng.h"

using namespace Qt::StringLiterals;

namespace {

// Words never used by the planted items (matcha, dopamine, jogging, gorpcore, gift card, music
// festival, outfit, labubu, blind box): disjoint vocabularies keep the truth exact.
const QStringList &enModifiers()
{
    static const QStringList words = {
        u"Summer"_s, u"Winter"_s, u"Spring"_s, u"Autumn"_s, u"Cozy"_s,     u"Minimal"_s, u"Vintage"_s, u"Retro"_s,
        u"Urban"_s,  u"Coastal"_s, u"Rainy"_s, u"Sunny"_s,  u"Quiet"_s,    u"Lazy"_s,    u"Budget"_s,  u"Luxury"_s,
        u"Mini"_s,   u"Tiny"_s,    u"Golden"_s, u"Midnight"_s, u"Morning"_s, u"Weekend"_s, u"Holiday"_s, u"Street"_s,
        u"Garden"_s, u"Kitchen"_s, u"Desk"_s,  u"Study"_s,  u"Travel"_s,   u"Beach"_s,   u"Mountain"_s, u"Lake"_s,
        u"Forest"_s, u"Desert"_s,  u"Island"_s, u"City"_s,  u"Village"_s,  u"Campus"_s,  u"Office"_s,  u"Pet"_s,
        u"Cat"_s,    u"Dog"_s,     u"Baby"_s,  u"Family"_s, u"Solo"_s,     u"Couple"_s,  u"Neon"_s,    u"Pastel"_s,
        u"Cloud"_s,  u"Ocean"_s,   u"Sky"_s,   u"Moon"_s,   u"Star"_s,     u"Sugar"_s,   u"Spice"_s,   u"Honey"_s,
        u"Lemon"_s,  u"Berry"_s,   u"Peach"_s, u"Mango"_s};
    return words;
}

const QStringList &enNouns()
{
    static const QStringList words = {
        u"Recipe"_s,  u"Vlog"_s,     u"Haul"_s,     u"Tips"_s,     u"Hacks"_s,    u"Diary"_s,   u"Guide"_s,
        u"Review"_s,  u"Routine"_s,  u"Makeover"_s, u"Tour"_s,     u"Look"_s,     u"Aesthetic"_s, u"Challenge"_s,
        u"Tutorial"_s, u"Snack"_s,   u"Bakery"_s,   u"Noodles"_s,  u"Dumplings"_s, u"Ramen"_s,  u"Coffee"_s,
        u"Smoothie"_s, u"Salad"_s,   u"Brunch"_s,   u"Dessert"_s,  u"Cake"_s,     u"Bread"_s,   u"Sushi"_s,
        u"Hotpot"_s,  u"Bbq"_s,      u"Pasta"_s,    u"Pizza"_s,    u"Curry"_s,    u"Workout"_s, u"Yoga"_s,
        u"Pilates"_s, u"Skincare"_s, u"Makeup"_s,   u"Nails"_s,    u"Hair"_s,     u"Perfume"_s, u"Books"_s,
        u"Art"_s,     u"Sketch"_s,   u"Crochet"_s,  u"Knitting"_s, u"Pottery"_s,  u"Photos"_s,  u"Film"_s,
        u"Dance"_s,   u"Gaming"_s,   u"Anime"_s,    u"Cosplay"_s,  u"Camping"_s,  u"Hiking"_s,  u"Cycling"_s,
        u"Roadtrip"_s, u"Sunset"_s,  u"Plants"_s,   u"Flowers"_s};
    return words;
}

const QStringList &zhModifiers()
{
    static const QStringList words = {
        u"夏日"_s, u"冬日"_s, u"春天"_s, u"秋天"_s, u"周末"_s, u"假日"_s, u"城市"_s, u"海边"_s, u"山里"_s, u"校园"_s,
        u"厨房"_s, u"宿舍"_s, u"租房"_s, u"独居"_s, u"情侣"_s, u"亲子"_s, u"宠物"_s, u"猫咪"_s, u"狗狗"_s, u"早餐"_s,
        u"午餐"_s, u"晚餐"_s, u"深夜"_s, u"复古"_s, u"简约"_s, u"法式"_s, u"韩系"_s, u"日系"_s, u"森系"_s, u"平价"_s,
        u"小众"_s, u"高级"_s, u"治愈"_s, u"温柔"_s, u"元气"_s, u"极简"_s, u"轻奢"_s, u"学生"_s, u"通勤"_s, u"居家"_s};
    return words;
}

const QStringList &zhNouns()
{
    static const QStringList words = {
        u"美食"_s, u"探店"_s, u"教程"_s, u"分享"_s, u"好物"_s, u"攻略"_s, u"日记"_s, u"记录"_s, u"妆容"_s, u"护肤"_s,
        u"发型"_s, u"美甲"_s, u"烘焙"_s, u"甜品"_s, u"咖啡"_s, u"奶茶"_s, u"火锅"_s, u"烧烤"_s, u"面包"_s, u"蛋糕"_s,
        u"旅行"_s, u"露营"_s, u"徒步"_s, u"骑行"_s, u"健身"_s, u"瑜伽"_s, u"读书"_s, u"手帐"_s, u"摄影"_s, u"绘画"_s,
        u"手工"_s, u"改造"_s, u"收纳"_s, u"生活"_s, u"花束"_s, u"植物"_s, u"书桌"_s, u"早午餐"_s, u"面条"_s, u"饺子"_s};
    return words;
}

QString familyTagName(Rng &rng)
{
    const double style = rng.uniform();
    QString name;
    if (style < 0.5)
        name = enModifiers().at(rng.below(enModifiers().size())) + enNouns().at(rng.below(enNouns().size()));
    else if (style < 0.88)
        name = zhModifiers().at(rng.below(zhModifiers().size())) + zhNouns().at(rng.below(zhNouns().size()));
    else // mixed spellings such as "City探店", as creators really write them
        name = enModifiers().at(rng.below(enModifiers().size())) + zhNouns().at(rng.below(zhNouns().size()));
    if (rng.chance(0.1))
        name += u"2026"_s;
    return name;
}

bool isAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

Vocabulary::Vocabulary(int familyCount, std::uint64_t seed, const QSet<QString> &reserved)
{
    Rng rng(seed);
    QSet<QString> used = reserved;
    m_families.reserve(size_t(familyCount));
    double familyTotal = 0;
    for (int f = 0; f < familyCount; ++f) {
        TagFamily family;
        const int size = int(rng.between(2, 8));
        int asciiTags = 0;
        double tagTotal = 0;
        for (int t = 0; t < size; ++t) {
            QString name = familyTagName(rng);
            // A taken name gets a one-digit suffix: never three digits, which rare tags use.
            for (int attempt = 0; used.contains(name.toLower()); ++attempt)
                name = familyTagName(rng) + QString::number(rng.between(1, 9));
            used.insert(name.toLower());
            asciiTags += isAscii(name) ? 1 : 0;
            tagTotal += 1.0 / std::pow(double(t + 1), 0.8);
            family.display.append(name);
            family.cumulative.push_back(tagTotal);
        }
        family.cnShare = asciiTags * 2 > size ? 0.15 : 0.85;
        m_tagCount += size;
        // Zipf over families with an offset, so the head is big but not a third of all posts.
        familyTotal += 1.0 / (f + 8.0);
        m_familyCumulative.push_back(familyTotal);
        m_families.push_back(std::move(family));
    }
}

int Vocabulary::pickFamily(Rng &rng) const
{
    const double x = rng.uniform() * m_familyCumulative.back();
    const auto it = std::upper_bound(m_familyCumulative.begin(), m_familyCumulative.end(), x);
    return int(std::min<std::ptrdiff_t>(it - m_familyCumulative.begin(), std::ptrdiff_t(m_families.size()) - 1));
}

const QString &Vocabulary::pickTag(const TagFamily &family, Rng &rng) const
{
    const double x = rng.uniform() * family.cumulative.back();
    const auto it = std::upper_bound(family.cumulative.begin(), family.cumulative.end(), x);
    const auto i = std::min<std::ptrdiff_t>(it - family.cumulative.begin(), family.display.size() - 1);
    return family.display.at(i);
}

QString Vocabulary::rareTag(std::int64_t index) const
{
    const std::uint64_t h = mix64(std::uint64_t(index) ^ 0x5eedULL);
    const bool zh = (h >> 40) % 3 == 0;
    QString base = zh ? zhModifiers().at(qsizetype(h % 40)) + zhNouns().at(qsizetype((h >> 8) % 40))
                      : enModifiers().at(qsizetype(h % 60)) + enNouns().at(qsizetype((h >> 8) % 60));
    return base + QString::number(100 + (h >> 16) % 900);
}

QString Vocabulary::stoplistTag(const QString &platform, Rng &rng) const
{
    static const QStringList global = {u"fyp"_s,      u"foryou"_s,  u"ForYouPage"_s, u"viral"_s,
                                       u"trending"_s, u"xyzbca"_s,  u"explore"_s,    u"reels"_s};
    static const QStringList cn = {u"推荐"_s, u"热门"_s, u"上热门"_s, u"日常"_s};
    if (platform == u"xiaohongshu"_s && rng.chance(0.3))
        return u"小红书"_s;
    if (platform == u"douyin"_s && rng.chance(0.3))
        return u"抖音"_s;
    const bool chinese = platform == u"xiaohongshu"_s || platform == u"douyin"_s || platform == u"weibo"_s;
    const QStringList &list = chinese ? cn : global;
    return list.at(rng.below(list.size()));
}

QString Vocabulary::phrase(bool chinese, Rng &rng) const
{
    static const QStringList en = {
        u"obsessed with this"_s,        u"can't stop making this"_s, u"day 3 of trying"_s,
        u"honest review:"_s,            u"POV: you finally found it"_s, u"saving this for later"_s,
        u"weekend plans"_s,             u"tutorial below 👇"_s,       u"rate this 1-10"_s,
        u"ok this changed everything"_s, u"\"trust me\" they said"_s, u"part 2 as promised\nlink in bio"_s};
    static const QStringList zh = {u"终于找到了"_s, u"真的绝绝子"_s, u"姐妹们冲！"_s, u"记录一下今天"_s,
                                   u"第一次尝试"_s, u"分享给大家"_s, u"太好看了吧"_s, u"收藏起来慢慢看"_s,
                                   u"今日份快乐"_s, u"谁懂啊😭"_s,   u"「避雷」慎入"_s, u"附上教程\n建议收藏"_s};
    const QStringList &list = chinese ? zh : en;
    return list.at(rng.below(list.size()));
}

QString Vocabulary::creatorName(int platformIndex, std::int64_t creator) const
{
    static const QStringList en = {u"Lily"_s, u"Max"_s,  u"Aiko"_s, u"Noah"_s, u"Zoe"_s,   u"Leo"_s,  u"Mia"_s,
                                   u"Sam"_s,  u"Ivy"_s,  u"Kai"_s,  u"Nora"_s, u"Omar"_s,  u"Ana"_s,  u"Ben"_s};
    static const QStringList zh = {u"小鹿不吃草"_s, u"橘子汽水"_s, u"一只胖虎"_s, u"阿柒"_s,   u"南风知我意"_s,
                                   u"芋泥波波"_s,   u"奶盖少女"_s, u"晚风"_s,     u"小王同学"_s, u"豆豆酱"_s};
    const std::uint64_t h = mix64(std::uint64_t(creator) * 8 + std::uint64_t(platformIndex));
    const bool chinese = platformIndex == 1 || platformIndex == 2 || platformIndex == 5;
    const QStringList &list = chinese ? zh : en;
    QString name = list.at(qsizetype(h % std::uint64_t(list.size())));
    if ((h >> 20) % 4 == 0)
        name += u" ✨"_s;
    else if ((h >> 20) % 4 == 1)
        name += QString::number((h >> 24) % 1000);
    return name;
}
