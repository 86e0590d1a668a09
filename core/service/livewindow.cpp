#include "core/service/livewindow.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "core/log/log.h"
#include "core/storage/poststore.h"

using namespace Qt::StringLiterals;

std::int32_t LiveWindow::Pool::intern(const QString &text)
{
    auto it = index.constFind(text);
    if (it != index.constEnd())
        return it.value();
    const auto id = std::int32_t(strings.size());
    strings.append(text);
    index.insert(text, id);
    return id;
}

LiveWindow::LiveWindow(std::shared_ptr<const PostStore> store, qint64 maxPosts)
    : m_store(std::move(store)), m_maxPosts(maxPosts)
{
}

LiveWindow::~LiveWindow() = default;

LiveWindow::Refresh LiveWindow::lastRefresh() const
{
    std::lock_guard lock(m_mutex);
    return m_lastRefresh;
}

qint64 LiveWindow::heldPosts() const
{
    std::lock_guard lock(m_mutex);
    return heldCount();
}

Result<Dataset> LiveWindow::dataset(qint64 fromExclusiveMs, qint64 toInclusiveMs, const QStringList &platforms)
{
    auto shared = sharedDataset(fromExclusiveMs, toInclusiveMs, platforms);
    if (!shared)
        return shared.error();
    return Dataset(*shared.value());
}

Result<std::shared_ptr<const Dataset>> LiveWindow::sharedDataset(qint64 fromExclusiveMs, qint64 toInclusiveMs,
                                                                 const QStringList &platforms)
{
    std::lock_guard lock(m_mutex);
    if (Status s = refresh(fromExclusiveMs, toInclusiveMs); !s)
        return s.error();
    if (m_lastRefresh.overBudget) {
        reclaim();
        m_built = {};
        auto loaded = m_store->loadDataset(fromExclusiveMs, toInclusiveMs, platforms);
        if (!loaded)
            return loaded.error();
        return std::make_shared<const Dataset>(std::move(loaded).value());
    }
    if (m_lastRefresh.reloaded || m_lastRefresh.readPosts > 0 || m_lastRefresh.droppedPosts > 0)
        reclaim();
    auto newest = m_store->newestCreatedAtMs();
    if (!newest)
        return newest.error();
    const qint64 newestMs = newest.value().value_or(0);
    QStringList sorted = platforms;
    sorted.sort();
    if (m_built.data && m_built.from == fromExclusiveMs && m_built.to == toInclusiveMs &&
        m_built.platforms == sorted && m_built.data->newestCreatedAtMs == newestMs) {
        return m_built.data;
    }
    reclaim(); // the old one goes before the new one is built: never two at once
    auto data = std::make_shared<Dataset>(build(fromExclusiveMs, toInclusiveMs, platforms));
    data->newestCreatedAtMs = newestMs;
    m_built = Built{data, fromExclusiveMs, toInclusiveMs, std::move(sorted)};
    return m_built.data;
}

Status LiveWindow::catchUp()
{
    std::lock_guard lock(m_mutex);
    if (!m_held)
        return Ok{};
    return refresh(m_from, m_to);
}

void LiveWindow::clear()
{
    m_built = {};
    m_lent = {};
    m_held = false;
    m_posts = {};
    m_postIds = {};
    m_nameOf = {};
    m_tags = {};
    m_platforms = {};
    m_platformRank = {};
    m_creatorIndex = {};
    m_creatorIds = {};
    m_regions = {};
    m_tagNames = {};
    m_names = {};
}

Status LiveWindow::refresh(qint64 fromExclusiveMs, qint64 toInclusiveMs)
{
    m_lastRefresh = {};
    // A span at least as long as one found too large is not tried again (as_of "latest" moves it
    // a little with every import).
    if (m_overBudgetSpan && toInclusiveMs - fromExclusiveMs >= m_overBudgetSpan->second - m_overBudgetSpan->first) {
        m_lastRefresh.overBudget = true;
        return Ok{};
    }
    m_overBudgetSpan.reset();
    // A span that jumped, or pools grown far beyond what is held (strings of posts long gone).
    const bool jumped = !m_held || toInclusiveMs <= m_from || fromExclusiveMs >= m_to;
    const bool bloated = qsizetype(m_creatorIds.size()) > 2 * heldCount() + 100000 ||
                         m_tagNames.strings.size() > 2 * heldCount() + 100000;
    if (jumped || bloated)
        return reload(fromExclusiveMs, toInclusiveMs);

    // The hours that entered the span, then what changed since the marker (later copies win).
    std::vector<PostRows> incoming;
    for (const auto &[from, to] : {std::pair(fromExclusiveMs, std::min(m_from, toInclusiveMs)),
                                   std::pair(std::max(m_to, fromExclusiveMs), toInclusiveMs)}) {
        if (from >= to)
            continue;
        auto rows = m_store->loadRows(from, to);
        if (!rows)
            return rows.error();
        incoming.push_back(std::move(rows).value());
    }
    auto changes = m_store->changesSince(m_marker, fromExclusiveMs, toInclusiveMs);
    if (!changes) {
        if (changes.error().code == u"marker_unknown"_s)
            return reload(fromExclusiveMs, toInclusiveMs);
        return changes.error();
    }
    m_marker = changes.value().marker;
    incoming.push_back(std::move(changes.value().rows));
    merge(fromExclusiveMs, toInclusiveMs, std::move(incoming), changes.value().updatedRowIds);
    if (m_lastRefresh.readPosts > 0 || m_lastRefresh.droppedPosts > 0) {
        gtlog::service()->debug("live window: {} posts read, {} dropped, {} held", m_lastRefresh.readPosts,
                                m_lastRefresh.droppedPosts, m_posts.size());
    }
    return Ok{};
}

Status LiveWindow::reload(qint64 fromExclusiveMs, qint64 toInclusiveMs)
{
    // The marker first: whatever is written while the span is read shows up again next time.
    auto marker = m_store->changeMarker();
    if (!marker)
        return marker.error();
    clear();
    m_marker = marker.value();
    m_held = true;
    m_from = fromExclusiveMs;
    m_to = toInclusiveMs;
    // In slices of time, oldest first: each slice sorts after everything held and is appended, so
    // memory holds the span plus one slice's rows, not the span twice.
    constexpr qint64 kSlices = 8;
    const qint64 length = toInclusiveMs - fromExclusiveMs;
    for (qint64 slice = 0; slice < kSlices && !m_lastRefresh.overBudget; ++slice) {
        const qint64 from = fromExclusiveMs + length * slice / kSlices;
        const qint64 to = slice + 1 == kSlices ? toInclusiveMs : fromExclusiveMs + length * (slice + 1) / kSlices;
        if (from >= to)
            continue;
        auto rows = m_store->loadRows(from, to);
        if (!rows) {
            clear();
            return rows.error();
        }
        std::vector<PostRows> incoming;
        incoming.push_back(std::move(rows).value());
        merge(fromExclusiveMs, toInclusiveMs, std::move(incoming), {});
    }
    m_lastRefresh.reloaded = true;
    // Appending slice after slice grew the arrays by doubling: up to half of each is spare capacity, held for as
    // long as the span is (tens of MB at a million posts). Trimmed now, before a run needs memory of its own.
    m_posts.shrink_to_fit();
    m_postIds.squeeze();
    m_nameOf.shrink_to_fit();
    m_tags.shrink_to_fit();
    if (!m_lastRefresh.overBudget)
        gtlog::service()->info("live window: read {} posts of the span", m_posts.size());
    return Ok{};
}

bool LiveWindow::before(const DatasetPost &a, QByteArrayView aId, const DatasetPost &b, QByteArrayView bId) const
{
    if (a.createdAtMs != b.createdAtMs)
        return a.createdAtMs < b.createdAtMs;
    const std::int32_t ra = m_platformRank[std::size_t(a.platform)];
    const std::int32_t rb = m_platformRank[std::size_t(b.platform)];
    if (ra != rb)
        return ra < rb;
    return PostIds::lessUtf16(aId, bId);
}

void LiveWindow::merge(qint64 fromExclusiveMs, qint64 toInclusiveMs, std::vector<PostRows> incoming,
                       const std::vector<qint64> &updatedRowIds)
{
    // Nothing read and nothing updated: only the hours that left the span go, from the ends of the
    // held posts (they are sorted by time), without copying the rest.
    const bool nothingNew =
        updatedRowIds.empty() &&
        std::all_of(incoming.begin(), incoming.end(), [](const PostRows &r) { return r.data.posts.empty(); });
    if (nothingNew && fromExclusiveMs == m_from && toInclusiveMs == m_to)
        return; // the posts may stay lent to the Dataset built last
    reclaim();
    if (nothingNew) {
        const auto first =
            std::partition_point(m_posts.begin(), m_posts.end(),
                                 [fromExclusiveMs](const DatasetPost &p) { return p.createdAtMs <= fromExclusiveMs; });
        const auto last = std::partition_point(
            first, m_posts.end(), [toInclusiveMs](const DatasetPost &p) { return p.createdAtMs <= toInclusiveMs; });
        const auto head = first - m_posts.begin();
        const auto kept = last - first;
        m_lastRefresh.droppedPosts += qint64(m_posts.size()) - qint64(kept);
        if (std::size_t(kept) != m_posts.size()) {
            // m_tags keeps the dropped posts' entries until the next full merge rebuilds it.
            m_posts.erase(m_posts.begin() + head + kept, m_posts.end());
            m_posts.erase(m_posts.begin(), m_posts.begin() + head);
            m_postIds = m_postIds.sliced(head, kept);
            m_nameOf.erase(m_nameOf.begin() + head + kept, m_nameOf.end());
            m_nameOf.erase(m_nameOf.begin(), m_nameOf.begin() + head);
        }
        m_from = fromExclusiveMs;
        m_to = toInclusiveMs;
        return;
    }

    // The incoming posts in pool ids; strings are looked up once per distinct string of a piece.
    std::vector<DatasetPost> inPosts;
    PostIds inIds;
    std::vector<std::int32_t> inNames;
    std::vector<std::int32_t> inTags;
    std::unordered_map<qint64, std::size_t> inRow; ///< row id → index in inPosts (the last copy wins)
    bool newPlatform = false;
    for (PostRows &piece : incoming) {
        const Dataset &d = piece.data;
        std::vector<std::int32_t> platformOf(std::size_t(d.platforms.size()));
        for (qsizetype p = 0; p < d.platforms.size(); ++p) {
            const qsizetype before = m_platforms.strings.size();
            platformOf[std::size_t(p)] = m_platforms.intern(d.platforms.at(p));
            newPlatform = newPlatform || m_platforms.strings.size() != before;
        }
        m_creatorIndex.resize(std::size_t(m_platforms.strings.size()));
        std::vector<std::int32_t> creatorOf(std::size_t(d.creators.size()), -1);
        std::vector<std::int32_t> regionOf(std::size_t(d.regions.size()), -1);
        std::vector<std::int32_t> tagOf(std::size_t(d.tags.size()), -1);
        std::vector<std::int32_t> nameOf(std::size_t(piece.names.size()), -1);
        for (std::size_t i = 0; i < d.posts.size(); ++i) {
            DatasetPost post = d.posts[i];
            post.platform = platformOf[std::size_t(post.platform)];
            std::int32_t &creator = creatorOf[std::size_t(post.creator)];
            if (creator < 0) {
                QHash<QString, std::int32_t> &index = m_creatorIndex[std::size_t(post.platform)];
                const QString &id = d.creators.at(post.creator);
                auto it = index.constFind(id);
                if (it == index.constEnd()) {
                    it = index.insert(id, std::int32_t(m_creatorIds.size()));
                    m_creatorIds.append(id);
                }
                creator = it.value();
            }
            post.creator = creator;
            if (post.region >= 0) {
                std::int32_t &region = regionOf[std::size_t(post.region)];
                if (region < 0)
                    region = m_regions.intern(d.regions.at(post.region));
                post.region = region;
            }
            const std::uint32_t begin = post.tagBegin;
            post.tagBegin = std::uint32_t(inTags.size());
            for (std::uint32_t t = begin; t < begin + post.tagCount; ++t) {
                std::int32_t &tag = tagOf[std::size_t(d.postTags[t])];
                if (tag < 0)
                    tag = m_tagNames.intern(d.tags.at(d.postTags[t]));
                inTags.push_back(tag);
            }
            std::int32_t name = piece.nameOf[i];
            if (name >= 0) {
                std::int32_t &pooled = nameOf[std::size_t(name)];
                if (pooled < 0)
                    pooled = m_names.intern(piece.names.at(name));
                name = pooled;
            }
            inRow[post.rowId] = inPosts.size();
            inPosts.push_back(post);
            inIds.appendFrom(d.postIds, qsizetype(i));
            inNames.push_back(name);
        }
        piece = {};
    }
    if (newPlatform || m_platformRank.size() != std::size_t(m_platforms.strings.size())) {
        std::vector<std::int32_t> byName(std::size_t(m_platforms.strings.size()));
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(), [this](std::int32_t a, std::int32_t b) {
            return m_platforms.strings.at(a) < m_platforms.strings.at(b);
        });
        m_platformRank.assign(byName.size(), 0);
        for (std::size_t r = 0; r < byName.size(); ++r)
            m_platformRank[std::size_t(byName[r])] = std::int32_t(r);
    }

    // The surviving copy of each incoming row, in Dataset order.
    std::vector<std::size_t> order;
    order.reserve(inRow.size());
    for (std::size_t i = 0; i < inPosts.size(); ++i) {
        const qint64 created = inPosts[i].createdAtMs;
        if (inRow[inPosts[i].rowId] == i && created > fromExclusiveMs && created <= toInclusiveMs)
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) {
                  return before(inPosts[a], inIds.utf8(qsizetype(a)), inPosts[b], inIds.utf8(qsizetype(b)));
              });
    // Everything new sorts after everything held (a reload's slices, oldest first): append.
    if (updatedRowIds.empty() && !order.empty() &&
        (m_posts.empty() || m_posts.back().createdAtMs < inPosts[order.front()].createdAtMs) &&
        (m_posts.empty() ||
         (m_posts.front().createdAtMs > fromExclusiveMs && m_posts.back().createdAtMs <= toInclusiveMs))) {
        for (std::size_t i : order) {
            DatasetPost post = inPosts[i];
            post.tagBegin = std::uint32_t(m_tags.size());
            m_tags.insert(m_tags.end(), inTags.begin() + inPosts[i].tagBegin,
                          inTags.begin() + inPosts[i].tagBegin + inPosts[i].tagCount);
            m_posts.push_back(post);
            m_postIds.appendFrom(inIds, qsizetype(i));
            m_nameOf.push_back(inNames[i]);
        }
        m_lastRefresh.readPosts += qint64(inPosts.size());
        m_from = fromExclusiveMs;
        m_to = toInclusiveMs;
        checkBudget(fromExclusiveMs, toInclusiveMs);
        return;
    }
    std::unordered_set<qint64> replaced(updatedRowIds.begin(), updatedRowIds.end());
    for (const auto &entry : inRow)
        replaced.insert(entry.first);

    std::vector<DatasetPost> posts;
    PostIds ids;
    std::vector<std::int32_t> names;
    std::vector<std::int32_t> tags;
    const std::size_t kept = m_posts.size();
    posts.reserve(kept + order.size());
    ids.reserve(qsizetype(kept + order.size()), m_postIds.byteSize() + inIds.byteSize());
    names.reserve(kept + order.size());
    tags.reserve(m_tags.size() + inTags.size());
    qint64 dropped = 0;
    const auto take = [&](const DatasetPost &source, const PostIds &idSource, qsizetype id, std::int32_t name,
                          const std::vector<std::int32_t> &tagSource) {
        DatasetPost post = source;
        post.tagBegin = std::uint32_t(tags.size());
        tags.insert(tags.end(), tagSource.begin() + source.tagBegin,
                    tagSource.begin() + source.tagBegin + source.tagCount);
        posts.push_back(post);
        ids.appendFrom(idSource, id);
        names.push_back(name);
    };
    std::size_t next = 0;
    for (std::size_t h = 0; h <= kept; ++h) {
        // Incoming posts that sort before held post h (or all that are left, at the end).
        while (next < order.size() && (h == kept || before(inPosts[order[next]], inIds.utf8(qsizetype(order[next])),
                                                           m_posts[h], m_postIds.utf8(qsizetype(h))))) {
            const std::size_t i = order[next++];
            take(inPosts[i], inIds, qsizetype(i), inNames[i], inTags);
        }
        if (h == kept)
            break;
        const DatasetPost &held = m_posts[h];
        if (held.createdAtMs <= fromExclusiveMs || held.createdAtMs > toInclusiveMs ||
            (!replaced.empty() && replaced.count(held.rowId))) {
            ++dropped;
            continue;
        }
        take(held, m_postIds, qsizetype(h), m_nameOf[h], m_tags);
    }
    m_lastRefresh.readPosts += qint64(inPosts.size());
    m_lastRefresh.droppedPosts += dropped;
    m_posts = std::move(posts);
    m_postIds = std::move(ids);
    m_nameOf = std::move(names);
    m_tags = std::move(tags);
    m_from = fromExclusiveMs;
    m_to = toInclusiveMs;
    checkBudget(fromExclusiveMs, toInclusiveMs);
}

void LiveWindow::checkBudget(qint64 fromExclusiveMs, qint64 toInclusiveMs)
{
    if (qint64(m_posts.size()) > m_maxPosts) {
        gtlog::service()->warn("live window: the span holds {} posts, more than discovery.max_window_posts ({}); "
                               "discovery loads it from the database each time instead",
                               m_posts.size(), m_maxPosts);
        clear();
        m_overBudgetSpan = std::pair(fromExclusiveMs, toInclusiveMs);
        m_lastRefresh.overBudget = true;
    }
}

Dataset LiveWindow::build(qint64 fromExclusiveMs, qint64 toInclusiveMs, const QStringList &platforms)
{
    Dataset data;
    const auto first = std::partition_point(m_posts.begin(), m_posts.end(), [fromExclusiveMs](const DatasetPost &p) {
        return p.createdAtMs <= fromExclusiveMs;
    });
    const auto last = std::partition_point(
        first, m_posts.end(), [toInclusiveMs](const DatasetPost &p) { return p.createdAtMs <= toInclusiveMs; });
    std::vector<bool> wanted(std::size_t(m_platforms.strings.size()));
    for (qsizetype p = 0; p < m_platforms.strings.size(); ++p)
        wanted[std::size_t(p)] = platforms.isEmpty() || platforms.contains(m_platforms.strings.at(p));

    // Strings numbered in order of first appearance, as the store's loader numbers them.
    std::vector<std::int32_t> platformIndex(wanted.size(), -1);
    std::vector<std::int32_t> creatorIndex(std::size_t(m_creatorIds.size()), -1);
    std::vector<std::int32_t> regionIndex(std::size_t(m_regions.strings.size()), -1);
    std::vector<std::int32_t> tagIndex(std::size_t(m_tagNames.strings.size()), -1);
    std::vector<std::int32_t> creatorName; ///< dataset creator → name pool id of their newest named post
    const auto count = std::size_t(last - first);
    // The usual case, the whole held span on every platform: the post ids are shared, not copied
    // (a million reference counts on strings all over memory cost as much as the rest).
    const bool everything =
        count == m_posts.size() && std::all_of(wanted.begin(), wanted.end(), [](bool w) { return w; });
    if (everything) {
        data.postIds = m_postIds;
        data.postTags.reserve(m_tags.size());
    } else {
        data.posts.reserve(count);
        data.postIds.reserve(qsizetype(count), 0);
    }
    for (auto it = first; it != last; ++it) {
        const std::size_t h = std::size_t(it - m_posts.begin());
        const DatasetPost held = *it;
        if (!wanted[std::size_t(held.platform)])
            continue;
        // The whole held span: its posts are renumbered where they are and lent to the Dataset (see reclaim()).
        DatasetPost &post = everything ? *it : data.posts.emplace_back(held);
        std::int32_t &platform = platformIndex[std::size_t(held.platform)];
        if (platform < 0) {
            platform = std::int32_t(data.platforms.size());
            data.platforms.append(m_platforms.strings.at(held.platform));
        }
        post.platform = platform;
        std::int32_t &creator = creatorIndex[std::size_t(held.creator)];
        if (creator < 0) {
            creator = std::int32_t(data.creators.size());
            data.creators.append(m_creatorIds.at(held.creator));
            creatorName.push_back(-1);
        }
        post.creator = creator;
        // Posts of one creator share a platform, so a later one here is a newer one.
        if (m_nameOf[h] >= 0)
            creatorName[std::size_t(creator)] = m_nameOf[h];
        if (held.region >= 0) {
            std::int32_t &region = regionIndex[std::size_t(held.region)];
            if (region < 0) {
                region = std::int32_t(data.regions.size());
                data.regions.append(m_regions.strings.at(held.region));
            }
            post.region = region;
        }
        post.tagBegin = std::uint32_t(data.postTags.size());
        for (std::uint32_t t = held.tagBegin; t < held.tagBegin + held.tagCount; ++t) {
            std::int32_t &tag = tagIndex[std::size_t(m_tags[t])];
            if (tag < 0) {
                tag = std::int32_t(data.tags.size());
                data.tags.append(m_tagNames.strings.at(m_tags[t]));
            }
            data.postTags.push_back(tag);
        }
        if (!everything)
            data.postIds.appendFrom(m_postIds, qsizetype(h));
    }
    data.creatorNames.reserve(qsizetype(creatorName.size()));
    for (std::int32_t name : creatorName)
        data.creatorNames.append(name < 0 ? QString() : m_names.strings.at(name));
    if (everything) {
        data.posts = std::move(m_posts);
        m_posts = {};
        m_tags = {};
        const auto invert = [](const std::vector<std::int32_t> &poolToData, qsizetype size) {
            std::vector<std::int32_t> dataToPool(std::size_t(size), -1);
            for (std::size_t pool = 0; pool < poolToData.size(); ++pool) {
                if (poolToData[pool] >= 0)
                    dataToPool[std::size_t(poolToData[pool])] = std::int32_t(pool);
            }
            return dataToPool;
        };
        m_lent = Lent{true, invert(platformIndex, data.platforms.size()), invert(creatorIndex, data.creators.size()),
                      invert(regionIndex, data.regions.size()), invert(tagIndex, data.tags.size())};
    }
    return data;
}

void LiveWindow::reclaim()
{
    if (!m_lent.active) {
        m_built = {};
        return;
    }
    // Nobody else holds the Dataset: its arrays come back as they are; otherwise they are copied (a run still
    // reads them). Either way the ids go back from the Dataset's numbering to the pools'.
    std::shared_ptr<Dataset> data = std::const_pointer_cast<Dataset>(std::move(m_built.data));
    m_built = {};
    if (data.use_count() == 1) {
        m_posts = std::move(data->posts);
        m_tags = std::move(data->postTags);
    } else {
        m_posts = data->posts;
        m_tags = data->postTags;
    }
    data.reset();
    for (DatasetPost &post : m_posts) {
        post.platform = m_lent.platform[std::size_t(post.platform)];
        post.creator = m_lent.creator[std::size_t(post.creator)];
        if (post.region >= 0)
            post.region = m_lent.region[std::size_t(post.region)];
    }
    for (std::int32_t &tag : m_tags)
        tag = m_lent.tag[std::size_t(tag)];
    m_lent = {};
}

qsizetype LiveWindow::heldCount() const
{
    return qsizetype(m_lent.active && m_built.data ? m_built.data->posts.size() : m_posts.size());
}
