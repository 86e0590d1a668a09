#include "core/storage/preparedbatch.h"

#include <algorithm>

#include <QHash>
#include <QStringEncoder>

#include "core/storage/rawcountsjson.h"
#include "core/storage/utf8interner.h"

using namespace Qt::StringLiterals;

namespace {

/// Collapses copies of one post inside a batch: the newer snapshot wins (by capture time, else
/// the later copy), first-seen is the earliest known, and fields the newer copy lacks are taken
/// from the other one (as the database does).
void mergeInto(Post &earlier, const Post &later)
{
    const bool laterIsOlder = olderSnapshot(later.capturedAtMs, earlier.capturedAtMs);
    const Post &older = laterIsOlder ? later : earlier;
    Post merged = laterIsOlder ? earlier : later;
    if (older.firstSeenMs && (!merged.firstSeenMs || *older.firstSeenMs < *merged.firstSeenMs))
        merged.firstSeenMs = older.firstSeenMs;
    if (!merged.capturedAtMs)
        merged.capturedAtMs = older.capturedAtMs;
    if (!merged.views)
        merged.views = older.views;
    if (merged.hashtags.isEmpty()) {
        merged.hashtags = older.hashtags;
        merged.hashtagSpellings = older.hashtagSpellings;
    }
    if (merged.approximateTime && !older.approximateTime) {
        merged.createdAtMs = older.createdAtMs;
        merged.approximateTime = false;
    }
    for (QString Post::*field : {&Post::creatorName, &Post::text, &Post::region, &Post::url, &Post::language}) {
        if ((merged.*field).isEmpty())
            merged.*field = older.*field;
    }
    if (merged.rawCounts.isEmpty())
        merged.rawCounts = older.rawCounts;
    earlier = std::move(merged);
}

/// Appends UTF-8 to a growing buffer; returns the bytes written.
class Utf8Appender
{
public:
    explicit Utf8Appender(std::vector<char> &out) : m_out(out) {}

    std::int32_t append(const QString &text)
    {
        const qsizetype need = m_encoder.requiredSpace(text.size());
        if (m_used + std::size_t(need) > m_out.size())
            m_out.resize(std::max(m_out.size() * 2, m_used + std::size_t(need)));
        char *begin = m_out.data() + m_used;
        char *end = m_encoder.appendToBuffer(begin, text);
        m_used += std::size_t(end - begin);
        return std::int32_t(end - begin);
    }

    std::size_t used() const { return m_used; }

private:
    std::vector<char> &m_out;
    std::size_t m_used = 0;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace

PreparedBatch::PreparedBatch(std::vector<Post> &&batch) : m_owned(std::move(batch))
{
    prepare(m_owned);
}

PreparedBatch::PreparedBatch(const std::vector<Post> &batch)
{
    prepare(batch);
}

void PreparedBatch::prepare(const std::vector<Post> &batch)
{
    m_size = batch.size();
    // Collapse copies of a post; only merged copies are materialized, the rest point into `batch`.
    std::vector<const Post *> posts;
    posts.reserve(batch.size());
    QHash<std::pair<QStringView, QStringView>, std::size_t> seen;
    seen.reserve(qsizetype(batch.size()));
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const Post &post = batch[i];
        if (post.platform.isEmpty() || post.postId.isEmpty() || post.creatorId.isEmpty()) {
            m_error =
                Error{u"invalid_value"_s, u"post %1 of the batch lacks platform, post_id or creator_id"_s.arg(i), {}};
            return;
        }
        const std::pair<QStringView, QStringView> key(post.platform, post.postId);
        const auto it = seen.constFind(key);
        if (it == seen.cend()) {
            seen.insert(key, posts.size());
            posts.push_back(&post);
            continue;
        }
        const Post *&slot = posts[it.value()];
        if (m_merged.empty() || slot != &m_merged.back()) {
            m_merged.push_back(*slot);
            slot = &m_merged.back();
        }
        mergeInto(m_merged.back(), post);
        ++m_duplicates;
    }

    m_rows.reserve(posts.size());
    m_tagIndices.reserve(posts.size() * 4);
    m_tagSpellings.reserve(posts.size() * 4);
    m_utf8.resize(posts.size() * 256);
    Utf8Appender utf8(m_utf8);
    Utf8Interner tags;
    std::vector<char> tagBytes;
    // Spellings other than the tag itself, by (tag index, bytes) → index into spellingOf.
    Utf8Interner spellingIds;
    std::vector<std::int32_t> spellingOf;  // → index into m_spellings
    std::vector<std::int32_t> selfSpelling; // per tag name: its m_spellings entry spelled as the tag, -1 = none yet
    for (const Post *post : posts) {
        Row row;
        row.post = post;
        if (m_platforms.empty() || m_platforms.back() != post->platform) {
            const auto known = std::find(m_platforms.begin(), m_platforms.end(), post->platform);
            row.platform = std::int32_t(known - m_platforms.begin());
            if (known == m_platforms.end())
                m_platforms.push_back(post->platform);
        } else {
            row.platform = std::int32_t(m_platforms.size() - 1);
        }
        row.textBegin = std::uint32_t(utf8.used());
        const QString rawCounts = rawcountsjson::encode(post->rawCounts);
        const QString *texts[TextCount] = {&post->postId, &post->creatorId, &post->creatorName, &post->text,
                                           &post->region, &post->url,       &post->language,    &rawCounts};
        for (int t = 0; t < TextCount; ++t)
            row.textSize[t] = utf8.append(*texts[t]);
        row.tagBegin = std::uint32_t(m_tagIndices.size());
        const bool spelled = post->hashtagSpellings.size() == post->hashtags.size();
        for (qsizetype k = 0; k < post->hashtags.size(); ++k) {
            const QString &tag = post->hashtags.at(k);
            tagBytes.clear();
            Utf8Appender one(tagBytes);
            const QByteArrayView bytes(tagBytes.data(), one.append(tag));
            const std::int32_t index = tags.intern(0, bytes);
            if (std::size_t(index) == m_tagNames.size()) {
                const auto begin = std::uint32_t(utf8.used());
                // Appending may move the buffer; the interner keeps its own copy of the bytes.
                const std::int32_t size = utf8.append(tag);
                m_tagNames.push_back({begin, size, Utf8Interner::hashOf(0, tags.bytes(index))});
                selfSpelling.push_back(-1);
            }
            const auto first = m_tagIndices.begin() + std::ptrdiff_t(row.tagBegin);
            if (std::find(first, m_tagIndices.end(), index) != m_tagIndices.end())
                continue;
            m_tagIndices.push_back(index);
            // A tag spelled as its normalized form (the common case) shares the tag's bytes.
            const QString *spelling = spelled ? &post->hashtagSpellings.at(k) : &tag;
            if (spelling->isEmpty() || *spelling == tag) {
                std::int32_t &self = selfSpelling[std::size_t(index)];
                if (self < 0) {
                    self = std::int32_t(m_spellings.size());
                    const TagName &name = m_tagNames[std::size_t(index)];
                    m_spellings.push_back({index, name.begin, name.size});
                }
                m_tagSpellings.push_back(self);
                continue;
            }
            tagBytes.clear();
            Utf8Appender written(tagBytes);
            const QByteArrayView spellingBytes(tagBytes.data(), written.append(*spelling));
            const std::int32_t id = spellingIds.intern(index, spellingBytes);
            if (std::size_t(id) == spellingOf.size()) {
                const auto begin = std::uint32_t(utf8.used());
                const std::int32_t size = utf8.append(*spelling);
                spellingOf.push_back(std::int32_t(m_spellings.size()));
                m_spellings.push_back({index, begin, size});
            }
            m_tagSpellings.push_back(spellingOf[std::size_t(id)]);
        }
        row.tagEnd = std::uint32_t(m_tagIndices.size());
        m_rows.push_back(row);
    }
    m_utf8.resize(utf8.used());
}
