#include "core/storage/hourblock.h"

using namespace Qt::StringLiterals;

namespace hourblock {

namespace {

constexpr char kMagic[] = "GTH2";
constexpr qsizetype kMagicSize = 4;

void putUnsigned(QByteArray &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

void putSigned(QByteArray &out, qint64 v)
{
    // Zigzag, in unsigned arithmetic so that no value overflows.
    const auto u = std::uint64_t(v);
    putUnsigned(out, (u << 1) ^ (v < 0 ? ~std::uint64_t(0) : 0));
}

void putBytes(QByteArray &out, QByteArrayView bytes)
{
    putUnsigned(out, std::uint64_t(bytes.size()));
    out.append(bytes);
}

/// Reads varints and byte strings off a block; the first overrun or overlong number sets `failed`
/// and every later read returns 0 / an empty view.
struct Cursor
{
    const char *in;
    const char *end;
    bool failed = false;

    std::uint64_t getUnsigned()
    {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (in == end) {
                failed = true;
                return 0;
            }
            const auto byte = static_cast<unsigned char>(*in++);
            v |= std::uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return v;
        }
        failed = true;
        return 0;
    }

    qint64 getSigned()
    {
        const std::uint64_t u = getUnsigned();
        return qint64((u >> 1) ^ (~(u & 1) + 1));
    }

    QByteArrayView getBytes()
    {
        const std::uint64_t size = getUnsigned();
        if (failed || size > std::uint64_t(end - in)) {
            failed = true;
            return {};
        }
        const QByteArrayView bytes(in, qsizetype(size));
        in += size;
        return bytes;
    }

    /// A table or list size: no larger than the bytes left (each entry takes at least one).
    std::uint64_t getCount()
    {
        const std::uint64_t n = getUnsigned();
        if (n > std::uint64_t(end - in))
            failed = true;
        return failed ? 0 : n;
    }
};

Error damaged(const QString &what)
{
    return Error{kDamaged, u"hour block damaged: "_s + what, {}};
}

} // namespace

std::uint32_t Writer::platformSlot(qint64 platformId)
{
    for (std::size_t i = 0; i < m_platforms.size(); ++i) {
        if (m_platforms[i] == platformId)
            return std::uint32_t(i);
    }
    m_platforms.push_back(platformId);
    return std::uint32_t(m_platforms.size() - 1);
}

std::uint32_t Writer::slotOf(Table &table, qint64 key, QByteArrayView bytes, std::optional<std::uint32_t> platformSlot,
                             qint64 number)
{
    const auto found = table.slots.constFind(key);
    if (found != table.slots.cend())
        return *found;
    table.slots.insert(key, table.count);
    if (platformSlot) {
        putUnsigned(table.encoded, *platformSlot);
        putSigned(table.encoded, number);
    }
    putBytes(table.encoded, bytes);
    return table.count++;
}

void Writer::add(const Post &post)
{
    const std::uint32_t platform = platformSlot(post.platformId);
    // Deltas in unsigned arithmetic: no pair of values overflows, and the reader wraps back.
    putSigned(m_posts, qint64(std::uint64_t(post.rowId) - std::uint64_t(m_lastRowId)));
    putSigned(m_posts, qint64(std::uint64_t(post.createdAtMs) - std::uint64_t(m_lastCreatedAtMs)));
    m_lastRowId = post.rowId;
    m_lastCreatedAtMs = post.createdAtMs;
    for (const qint64 count : {post.likes, post.comments, post.shares, post.saves})
        putSigned(m_posts, count);
    putUnsigned(m_posts, post.views < 0 ? 0 : std::uint64_t(post.views) + 1);
    putUnsigned(m_posts, platform);
    putUnsigned(m_posts, slotOf(m_creators, post.creatorKey, post.creator, platform, post.creatorNumber));
    putUnsigned(m_posts, post.region.isEmpty() ? 0 : slotOf(m_regions, post.regionKey, post.region) + 1);
    putUnsigned(m_posts, post.creatorName.isEmpty() ? 0 : slotOf(m_names, post.nameKey, post.creatorName) + 1);
    putUnsigned(m_posts, post.approximateTime ? 1 : 0);
    putUnsigned(m_posts, post.tagIds.size());
    for (const std::int32_t tag : post.tagIds)
        putSigned(m_posts, tag);
    putBytes(m_posts, post.postId);
    ++m_count;
}

QByteArray Writer::finish() const
{
    QByteArray out;
    out.reserve(kMagicSize + 32 + m_creators.encoded.size() + m_regions.encoded.size() + m_names.encoded.size() +
                m_posts.size());
    out.append(kMagic, kMagicSize);
    putUnsigned(out, std::uint64_t(m_count));
    putUnsigned(out, m_platforms.size());
    for (const qint64 id : m_platforms)
        putSigned(out, id);
    for (const Table *table : {&m_creators, &m_regions, &m_names}) {
        putUnsigned(out, table->count);
        out.append(table->encoded);
    }
    out.append(m_posts);
    return out;
}

Result<Reader> Reader::open(QByteArrayView block)
{
    if (block.size() < kMagicSize || block.first(kMagicSize) != QByteArrayView(kMagic, kMagicSize))
        return damaged(u"not an hour block"_s);
    Reader reader;
    Cursor in{block.data() + kMagicSize, block.data() + block.size()};
    reader.m_count = qint64(in.getCount());
    const std::uint64_t platforms = in.getCount();
    for (std::uint64_t i = 0; i < platforms && !in.failed; ++i)
        reader.m_platforms.push_back(in.getSigned());
    const std::uint64_t creators = in.getCount();
    reader.m_creators.reserve(creators);
    for (std::uint64_t i = 0; i < creators && !in.failed; ++i) {
        const std::uint64_t platform = in.getUnsigned();
        const qint64 number = in.getSigned();
        if (platform >= reader.m_platforms.size())
            return damaged(u"creator of an unknown platform"_s);
        if (number < 0)
            return damaged(u"creator number %1"_s.arg(number));
        const QByteArrayView bytes = in.getBytes();
        reader.m_creators.push_back({std::uint32_t(platform), bytes, number});
    }
    for (std::vector<Text> *table : {&reader.m_regions, &reader.m_names}) {
        const std::uint64_t n = in.getCount();
        table->reserve(n);
        for (std::uint64_t i = 0; i < n && !in.failed; ++i)
            table->push_back({0, in.getBytes()});
    }
    if (in.failed)
        return damaged(u"tables cut short"_s);
    reader.m_in = in.in;
    reader.m_end = in.end;
    return reader;
}

bool Reader::next(SlotPost &post, std::vector<std::int32_t> &tags)
{
    if (m_error)
        return false;
    if (m_read == m_count) {
        if (m_in != m_end)
            m_error = damaged(u"bytes after the last post"_s);
        return false;
    }
    Cursor in{m_in, m_end};
    // Deltas wrap in unsigned arithmetic, as the writer's subtraction did.
    post.rowId = qint64(std::uint64_t(m_lastRowId) + std::uint64_t(in.getSigned()));
    post.createdAtMs = qint64(std::uint64_t(m_lastCreatedAtMs) + std::uint64_t(in.getSigned()));
    post.likes = in.getSigned();
    post.comments = in.getSigned();
    post.shares = in.getSigned();
    post.saves = in.getSigned();
    post.views = qint64(in.getUnsigned() - 1); // 0 (unknown) wraps to -1
    const std::uint64_t platform = in.getUnsigned();
    const std::uint64_t creator = in.getUnsigned();
    const std::uint64_t region = in.getUnsigned();
    const std::uint64_t name = in.getUnsigned();
    post.approximateTime = in.getUnsigned() != 0;
    const std::uint64_t tagCount = in.getCount();
    for (std::uint64_t t = 0; t < tagCount && !in.failed; ++t)
        tags.push_back(std::int32_t(in.getSigned()));
    post.tagCount = std::uint32_t(tagCount);
    post.postId = in.getBytes();
    if (in.failed || platform >= m_platforms.size() || creator >= m_creators.size() ||
        m_creators[creator].platformSlot != platform || region > m_regions.size() || name > m_names.size()) {
        m_error = damaged(u"post %1 of %2"_s.arg(m_read + 1).arg(m_count));
        return false;
    }
    post.platform = std::uint32_t(platform);
    post.creator = std::uint32_t(creator);
    post.region = std::int32_t(region) - 1;
    post.name = std::int32_t(name) - 1;
    m_in = in.in;
    m_lastRowId = post.rowId;
    m_lastCreatedAtMs = post.createdAtMs;
    ++m_read;
    return true;
}

} // namespace hourblock
