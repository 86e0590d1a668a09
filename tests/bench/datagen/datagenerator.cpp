#include "tests/bench/datagen/datagenerator.h"

#include <algorithm>
#include <cmath>

#include <QIODevice>

#include "tests/bench/datagen/platformstyle.h"
#include "tests/bench/datagen/plantedscenario.h"
#include "tests/bench/datagen/postwriter.h"

using namespace Qt::StringLiterals;
using namespace platformstyle;


DataGenerator::DataGenerator(GeneratorConfig config)
    : m_config(std::move(config))
    , m_rng(m_config.seed)
{
    const int windows = m_config.baselineWindows + 1;
    // Background volume per window: ±5 % around 1. Real volume varies more, but a swing of +30 %
    // would make hundreds of mid-sized steady clusters look like growth; ±5 % plus Poisson noise
    // keeps every background cluster below growth 1.5 or significance 3 (see README).
    double total = 0;
    for (int w = 0; w < windows; ++w) {
        m_windowVolume.push_back(0.95 + 0.1 * m_rng.uniform());
        total += m_windowVolume.back();
        m_windowCumulative.push_back(total);
    }

    m_items = plantedScenario(m_config.posts, m_config.baselineWindows, m_windowVolume);
    m_tallies.resize(m_items.size());
    QSet<QString> reserved;
    for (auto &tally : m_tallies)
        tally.postsPerWindow.assign(size_t(windows), 0);
    for (const auto &item : m_items) {
        for (const auto &tag : item.displayTags)
            reserved.insert(tag.toLower());
    }
    // Vocabulary grows with the data as in real captures: ~1 family per 400 posts.
    const int families = int(std::clamp<qint64>(m_config.posts / 400, 12, 4000));
    m_vocabulary = std::make_unique<Vocabulary>(families, mix64(m_config.seed ^ 0x766f636162ULL), reserved);

    qint64 planted = 0;
    m_remaining.push_back(0);
    for (const auto &item : m_items) {
        m_remaining.push_back(item.totalPosts());
        planted += item.totalPosts();
    }
    m_remaining[0] = std::max<qint64>(0, m_config.posts - planted);
    m_plantedWritten.assign(m_items.size(), 0);
    for (int i = 0; i < platformCount(); ++i)
        m_poolSize.push_back(std::max<std::int64_t>(60, std::int64_t(platformInfo(i).share * double(m_config.posts) / 5.0)));
    m_idOffset = (mix64(m_config.seed) % 100000ULL) * 100000000ULL;
    m_stats.backgroundPerWindow.assign(size_t(windows), 0);
}

QString DataGenerator::validate() const
{
    qint64 planted = 0;
    for (const auto &item : m_items)
        planted += item.totalPosts();
    if (m_config.posts < 1000)
        return u"--posts must be at least 1000"_s;
    if (planted * 2 > m_config.posts)
        return u"--posts %1 is too small: the planted items alone need %2 posts"_s.arg(m_config.posts).arg(planted);
    if (m_config.windowHours < 1 || m_config.baselineWindows < 1)
        return u"--window-hours and --baseline-windows must be ≥ 1"_s;
    return {};
}

int DataGenerator::platformIndex(const QString &slug) const
{
    for (int i = 0; i < platformCount(); ++i) {
        if (slug == QStringView(platformInfo(i).slug))
            return i;
    }
    return 0;
}

int DataGenerator::pickPlatform(double cnShare)
{
    const bool chinese = m_rng.chance(cnShare);
    double total = 0;
    for (int i = 0; i < platformCount(); ++i)
        total += platformInfo(i).chinese == chinese ? platformInfo(i).share : 0;
    double x = m_rng.uniform() * total;
    for (int i = 0; i < platformCount(); ++i) {
        if (platformInfo(i).chinese != chinese)
            continue;
        if (x < platformInfo(i).share)
            return i;
        x -= platformInfo(i).share;
    }
    return chinese ? 1 : 0;
}

qint64 DataGenerator::timeIn(int window, WindowShape shape)
{
    const qint64 windowS = qint64(m_config.windowHours) * 3600;
    const qint64 windows = m_config.baselineWindows + 1;
    const qint64 startMs = m_config.asOfMs - (windows - window) * windowS * 1000;
    const qint64 last = windowS - 1; // seconds offsets in [1, windowS − 1]: strictly inside
    qint64 k = 1;
    switch (shape) {
    case WindowShape::Uniform:
        // Daily rhythm: fewer posts at the trough (accept/reject on the hour of day, UTC).
        for (;;) {
            k = 1 + m_rng.below(last);
            const double hour = double((startMs / 1000 + k) % 86400) / 3600.0;
            if (m_rng.uniform() < 0.6 + 0.4 * std::sin((hour - 8.0) / 24.0 * 6.283185307179586))
                break;
        }
        break;
    case WindowShape::Ramp:
        k = qint64(double(last) * std::cbrt(m_rng.uniform())); // density ∝ t²
        break;
    case WindowShape::Burst:
        k = last - m_rng.below(std::min<qint64>(4 * 3600, last));
        break;
    case WindowShape::Local:
        k = std::min(last, windowS * 10 / 24 + m_rng.below(std::max<qint64>(1, windowS / 4)));
        break;
    }
    k = std::clamp<qint64>(k, 1, last);
    return startMs + k * 1000 + m_rng.below(1000);
}

void DataGenerator::fillCommon(GeneratedPost &post, int platform, const QString &creatorId, std::int64_t creatorIndex,
                               const QStringList &displayTags, double engagementBoost)
{
    const auto &info = platformInfo(platform);
    const std::uint64_t serial = std::uint64_t(m_index) + m_idOffset;
    post.platform = QString::fromUtf16(info.slug);
    switch (platform) {
    case 0: post.postId = QString::number(7300000000000000000ULL + serial); break;
    case 1: post.postId = hex(0x65000000ULL + (serial >> 32), 8) + hex(mix64(serial), 16); break;
    case 2: post.postId = QString::number(7400000000000000000ULL + serial); break;
    case 3: post.postId = base64Id(mix64(serial ^ 0x1111ULL), 11); break;
    case 4: post.postId = base64Id(mix64(serial ^ 0x2222ULL), 11); break;
    case 5: post.postId = QString::number(4900000000000000ULL + serial); break;
    default: post.postId = QString::number(1850000000000000000ULL + serial); break;
    }
    post.creatorId = creatorId;
    post.creatorName = m_rng.chance(0.95) ? m_vocabulary->creatorName(platform, creatorIndex) : QString();

    // Tags: the structured list, and the caption with some (text-only posts: all) of them.
    post.hashtags.clear();
    post.hashtagsInTextOnly = !displayTags.isEmpty() && m_rng.chance(0.12);
    QStringList inText;
    for (qsizetype i = 0; i < displayTags.size(); ++i) {
        post.hashtags.append(spellStructured(displayTags.at(i), platform, m_rng));
        if (post.hashtagsInTextOnly || (i < 2 && m_rng.chance(0.4)))
            inText.append(spellInText(displayTags.at(i), platform, m_rng));
    }
    const bool chineseText = info.chinese || (m_rng.chance(0.1));
    post.text = m_vocabulary->phrase(chineseText, m_rng);
    if (!inText.isEmpty())
        post.text += u' ' + inText.join(u' ');
    post.language = m_rng.chance(0.7) ? (chineseText ? u"zh"_s : u"en"_s) : QString();

    // Counters: log-normal likes, the others proportional, spelled as each platform does.
    const qint64 likes = std::min<qint64>(50000000, qint64(std::exp(3.5 + 1.9 * m_rng.normal()) * engagementBoost));
    const auto part = [&](double lo, double hi) { return qint64(double(likes) * (lo + (hi - lo) * m_rng.uniform())); };
    post.likes = spellCount(likes, platform, m_rng);
    post.comments = spellCount(part(0.005, 0.08), platform, m_rng);
    post.shares = spellCount(part(0.0, 0.05), platform, m_rng);
    post.saves = spellCount(part(0.01, 0.15), platform, m_rng);
    if (platform == 0 && post.saves.text.isEmpty() && m_rng.chance(0.5))
        post.saves.text = QString::number(post.saves.value); // TikTok's collectCount is often a string
    post.views.reset();
    post.unknownViewsAsNull = false;
    const qint64 views = part(6.0, 60.0) + m_rng.below(100);
    if (platform == 1) {
        // Xiaohongshu shows no views: omitted
    } else if (platform == 5) {
        post.unknownViewsAsNull = true;
    } else if (platform == 2) {
        const double r = m_rng.uniform();
        if (r < 0.2)
            post.views = CountValue{0, {}}; // Douyin's web play_count is 0
        else if (r >= 0.4)
            post.views = spellCount(views, platform, m_rng);
    } else if (platform == 3 && m_rng.chance(0.3)) {
        // Instagram hides many view counts
    } else if (platform == 6) {
        post.views = CountValue{views, QString::number(views)}; // X's views.count is a string
    } else {
        post.views = spellCount(views, platform, m_rng);
    }

    const double t = m_rng.uniform();
    switch (platform) {
    case 0: post.timeStyle = t < 0.4 ? TimeStyle::IsoUtc : t < 0.9 ? TimeStyle::EpochSeconds : t < 0.95 ? TimeStyle::EpochMillis : TimeStyle::IsoOffset; break;
    case 1: post.timeStyle = t < 0.7 ? TimeStyle::EpochMillis : TimeStyle::IsoOffset; break;
    case 2: post.timeStyle = t < 0.7 ? TimeStyle::EpochSeconds : TimeStyle::IsoOffset; break;
    case 3: post.timeStyle = t < 0.6 ? TimeStyle::EpochSeconds : TimeStyle::IsoUtc; break;
    case 4: post.timeStyle = TimeStyle::IsoUtc; break;
    case 5: post.timeStyle = t < 0.6 ? TimeStyle::IsoOffset : TimeStyle::EpochSeconds; break;
    default: post.timeStyle = t < 0.7 ? TimeStyle::IsoUtc : TimeStyle::IsoOffset; break;
    }
    static constexpr int kOffsets[] = {-300, -480, 60, 540, 330};
    post.utcOffsetMinutes = info.chinese ? 480 : kOffsets[m_rng.below(5)];
    post.url = m_rng.chance(0.9) ? postUrl(platform, post.postId, creatorId, m_rng) : QString();
}

void DataGenerator::makeBackground(GeneratedPost &post)
{
    const int familyIndex = m_vocabulary->pickFamily(m_rng);
    const TagFamily &family = m_vocabulary->family(familyIndex);
    const int platform = pickPlatform(family.cnShare);

    QStringList tags;
    if (!m_rng.chance(0.08)) { // some posts carry no tag at all
        const double r = m_rng.uniform();
        const int wanted = std::min<int>(int(family.display.size()), r < 0.35 ? 1 : r < 0.7 ? 2 : r < 0.9 ? 3 : 4);
        for (int attempt = 0; tags.size() < wanted && attempt < 20; ++attempt) {
            const QString &tag = m_vocabulary->pickTag(family, m_rng);
            if (!tags.contains(tag))
                tags.append(tag);
        }
        if (m_rng.chance(0.03)) { // an unrelated family now and then: weak edges Jaccard rejects
            const QString &other = m_vocabulary->pickTag(m_vocabulary->family(m_vocabulary->pickFamily(m_rng)), m_rng);
            if (!tags.contains(other))
                tags.append(other);
        }
        if (m_rng.chance(0.12)) {
            const qint64 vocabulary = std::max<qint64>(2000, m_config.posts / 3);
            tags.append(m_vocabulary->rareTag(m_rng.below(vocabulary)));
            ++m_stats.rareTags;
        }
        if (m_rng.chance(0.2)) {
            tags.append(m_vocabulary->stoplistTag(QString::fromUtf16(platformInfo(platform).slug), m_rng));
            ++m_stats.stoplistTags;
        }
    }

    // Creators: activity is skewed (a few post a lot), index = pool × u².
    const double u = m_rng.uniform();
    const auto creator = std::int64_t(double(m_poolSize[size_t(platform)]) * u * u);
    fillCommon(post, platform, creatorIdFor(platform, creator), creator, tags, 1.0);
    if (m_rng.chance(0.04))
        post.region.clear();
    else
        post.region = homeRegion(platform, creator);

    const double x = m_rng.uniform() * m_windowCumulative.back();
    const int window = int(std::upper_bound(m_windowCumulative.begin(), m_windowCumulative.end(), x) -
                           m_windowCumulative.begin());
    const int w = std::min(window, m_config.baselineWindows);
    post.createdAtMs = timeIn(w, WindowShape::Uniform);
    if (!m_asOfPostWritten) {
        // One post exactly at as_of, so a run with the default as_of (newest post) uses our window.
        post.createdAtMs = m_config.asOfMs;
        m_asOfPostWritten = true;
    }
    ++m_stats.backgroundPosts;
    ++m_stats.backgroundPerWindow[size_t(post.createdAtMs == m_config.asOfMs ? m_config.baselineWindows : w)];
    if (tags.isEmpty())
        ++m_stats.withoutHashtags;
}

void DataGenerator::makePlanted(size_t itemIndex, GeneratedPost &post)
{
    const PlantedItem &item = m_items[itemIndex];
    const qint64 j = m_plantedWritten[itemIndex]++;
    // The j-th post of the item goes to the window whose cumulative count first exceeds j.
    int window = 0;
    qint64 seen = 0;
    for (; window < int(item.postsPerWindow.size()); ++window) {
        seen += item.postsPerWindow[size_t(window)];
        if (j < seen)
            break;
    }
    const bool current = window == m_config.baselineWindows;

    // Tags: each by its own chance, then at least two so that every post links its tags.
    QStringList tags;
    for (qsizetype i = 0; i < item.displayTags.size(); ++i) {
        if (m_rng.chance(item.tagProbability[size_t(i)]))
            tags.append(item.displayTags.at(i));
    }
    if (!tags.contains(item.displayTags.first()) && tags.size() < 2)
        tags.prepend(item.displayTags.first());
    while (tags.size() < 2) {
        const QString &other = item.displayTags.at(1 + m_rng.below(item.displayTags.size() - 1));
        if (!tags.contains(other))
            tags.append(other);
    }
    for (qsizetype i = tags.size() - 1; i > 0; --i)
        tags.swapItemsAt(i, m_rng.below(i + 1));
    if (m_rng.chance(0.25)) {
        tags.append(m_vocabulary->stoplistTag(item.platforms.first(), m_rng));
        ++m_stats.stoplistTags;
    }

    const int platform = platformIndex(item.platforms.at(m_rng.below(item.platforms.size())));
    QString creatorId;
    std::int64_t creator = 0;
    if (item.ownCreators > 0) {
        creator = j % item.ownCreators; // round robin: every own account posts, counts are exact
        creatorId = item.name + u'_' + QString::number(creator + 1);
    } else {
        creator = std::int64_t(m_rng.below(m_poolSize[size_t(platform)]));
        creatorId = creatorIdFor(platform, creator);
    }
    fillCommon(post, platform, creatorId, creator, tags, item.kind == u"trend"_s ? 1.6 : 1.0);
    if (!item.ownRegions.isEmpty())
        post.region = item.ownRegions.at(m_rng.below(item.ownRegions.size()));
    else
        post.region = m_rng.chance(0.03) ? QString() : homeRegion(platform, creator);

    const bool early = item.kind == u"trend"_s && !current;
    if (early) {
        // Early adopters: the last six hours of the last baseline window.
        const qint64 windowMs = qint64(m_config.windowHours) * 3600 * 1000;
        const qint64 endMs = m_config.asOfMs - windowMs;
        post.createdAtMs = endMs - 1000 - m_rng.below(std::min<qint64>(6 * 3600 * 1000, windowMs - 2000));
    } else {
        post.createdAtMs = timeIn(window, current ? item.shape : WindowShape::Uniform);
    }

    QStringList normalized;
    for (const QString &tag : std::as_const(tags))
        normalized.append(tag.toLower());
    tallyPlanted(itemIndex, post, window, normalized);
}

void DataGenerator::tallyPlanted(size_t item, const GeneratedPost &post, int window, const QStringList &normalizedTags)
{
    PlantedTally &tally = m_tallies[item];
    ++tally.postsPerWindow[size_t(window)];
    if (window != m_config.baselineWindows)
        return;
    for (const QString &tag : normalizedTags) {
        bool planted = false;
        for (const QString &display : m_items[item].displayTags)
            planted = planted || display.toLower() == tag;
        if (planted)
            ++tally.tagPostsInWindow[tag];
    }
    tally.platforms.insert(post.platform);
    if (!post.region.isEmpty())
        tally.regions.insert(post.region);
    tally.creators.insert(post.platform + u'/' + post.creatorId);
    tally.engagementInWindow += post.likes.value + post.comments.value + post.shares.value;
}

QString DataGenerator::run(QIODevice &device, PostWriter &writer, const std::function<void(qint64)> &progress)
{
    QByteArray buffer;
    buffer.reserve(1 << 21);
    const auto flush = [&]() -> bool {
        if (buffer.isEmpty())
            return true;
        const qint64 written = device.write(buffer);
        m_stats.bytes += written > 0 ? written : 0;
        const bool ok = written == buffer.size();
        buffer.clear();
        return ok;
    };

    writer.begin(buffer);
    qint64 remainingTotal = 0;
    for (const qint64 r : m_remaining)
        remainingTotal += r;
    GeneratedPost post;
    qint64 line = 0;
    while (remainingTotal > 0) {
        // Sampling without replacement: exact counts per item, random interleaving.
        qint64 x = m_rng.below(remainingTotal);
        size_t component = 0;
        while (x >= m_remaining[component]) {
            x -= m_remaining[component];
            ++component;
        }
        --m_remaining[component];
        --remainingTotal;
        if (component == 0)
            makeBackground(post);
        else
            makePlanted(component - 1, post);

        ++m_stats.perPlatform[post.platform];
        static const char *const kStyleNames[] = {"iso_utc", "iso_offset", "epoch_s", "epoch_ms"};
        ++m_stats.perTimeStyle[QString::fromLatin1(kStyleNames[int(post.timeStyle)])];
        m_stats.hashtagsInTextOnly += post.hashtagsInTextOnly ? 1 : 0;
        m_stats.unknownViews += post.views ? 0 : 1;
        for (const CountValue *c : {&post.likes, &post.comments, &post.shares, &post.saves})
            m_stats.stringCounts += c->text.isEmpty() ? 0 : 1;

        writer.write(post, line++, buffer);
        if (m_config.duplicateRate > 0 && m_rng.chance(m_config.duplicateRate)) {
            // Captured again later: same identity, grown counters (ingestion keeps one row).
            GeneratedPost again = post;
            again.likes = CountValue{post.likes.value + 1 + m_rng.below(50), {}};
            writer.write(again, line++, buffer);
            ++m_stats.duplicates;
        }
        ++m_index;
        if (buffer.size() > (1 << 20) && !flush())
            return device.errorString();
        if (progress && m_index % 100000 == 0)
            progress(m_index);
    }
    writer.end(buffer);
    if (!flush())
        return device.errorString();
    m_stats.lines = line;
    return {};
}
