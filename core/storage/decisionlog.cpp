#include "core/storage/decisionlog.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

#include <QHash>
#include <QJsonDocument>
#include <QStringEncoder>

#include "core/model/jsonwriter.h"
#include "core/storage/blockcompression.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/twothreads.h"

using namespace Qt::StringLiterals;

namespace decisionlog {

namespace {

void putU32(QByteArray &out, std::uint32_t v)
{
    const char bytes[4] = {char(v & 0xff), char((v >> 8) & 0xff), char((v >> 16) & 0xff), char((v >> 24) & 0xff)};
    out.append(bytes, 4);
}

void putText(QByteArray &out, QByteArrayView utf8)
{
    putU32(out, std::uint32_t(utf8.size()));
    out.append(utf8.data(), utf8.size());
}

/// What putText(out, text.toUtf8()) writes, encoded in place.
void putText(QByteArray &out, QStringView text, QStringEncoder &utf8)
{
    const qsizetype at = out.size();
    const qsizetype room = 4 + 3 * text.size();
    if (out.capacity() < at + room)
        out.reserve(std::max(at + room, 2 * out.capacity()));
    out.resize(at + room);
    char *const start = out.data() + at + 4;
    const char *end = utf8.appendToBuffer(start, text);
    out.resize(end - out.constData());
    const auto size = std::uint32_t(end - start);
    const char bytes[4] = {char(size & 0xff), char((size >> 8) & 0xff), char((size >> 16) & 0xff),
                           char((size >> 24) & 0xff)};
    std::memcpy(out.data() + at, bytes, 4);
}

/// What putText(out, <the compact JSON of values>) writes, written in place.
void putJson(QByteArray &out, const QJsonObject &values)
{
    const qsizetype at = out.size();
    putU32(out, 0);
    JsonWriter(out).object(values);
    const auto size = std::uint32_t(out.size() - at - 4);
    const char bytes[4] = {char(size & 0xff), char((size >> 8) & 0xff), char((size >> 16) & 0xff),
                           char((size >> 24) & 0xff)};
    std::memcpy(out.data() + at, bytes, 4);
}

/// Reads what putU32/putText wrote; `ok` turns false on a truncated buffer.
class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}
    std::uint32_t u32()
    {
        if (m_at + 4 > m_data.size()) {
            m_ok = false;
            return 0;
        }
        const auto *p = reinterpret_cast<const unsigned char *>(m_data.data() + m_at);
        m_at += 4;
        return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16) |
               (std::uint32_t(p[3]) << 24);
    }
    QByteArrayView text()
    {
        const std::uint32_t size = u32();
        if (!m_ok || m_at + qsizetype(size) > m_data.size()) {
            m_ok = false;
            return {};
        }
        const QByteArrayView view = m_data.sliced(m_at, size);
        m_at += size;
        return view;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at >= m_data.size(); }

private:
    QByteArrayView m_data;
    qsizetype m_at = 0;
    bool m_ok = true;
};

Error damaged(const char *what)
{
    return Error{u"storage"_s, u"a stored decision %1 is damaged"_s.arg(QLatin1StringView(what)), {}};
}

const QString Decision::*fieldOf(Kind kind)
{
    return kind == Stage ? &Decision::stage : (kind == Subject ? &Decision::subject : &Decision::outcome);
}

} // namespace

QByteArray encodeBlock(const std::vector<Decision> &decisions, std::size_t first, std::size_t count)
{
    QByteArray raw;
    raw.reserve(qsizetype(count) * 320);
    QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    putU32(raw, std::uint32_t(count));
    for (std::size_t i = first; i < first + count; ++i) {
        const Decision &d = decisions[i];
        putText(raw, d.stage, utf8);
        putText(raw, d.subject, utf8);
        putText(raw, d.rule, utf8);
        putText(raw, d.outcome, utf8);
        putJson(raw, d.values);
        putText(raw, d.message, utf8);
    }
    return blockcompression::compress(raw);
}

Result<std::vector<Decision>> decodeBlock(const QByteArray &block, bool withValues)
{
    const QByteArray raw = qUncompress(block);
    if (raw.isEmpty())
        return damaged("block");
    Reader in(raw);
    const std::uint32_t count = in.u32();
    std::vector<Decision> out;
    out.reserve(std::min<std::uint32_t>(count, kPerBlock));
    for (std::uint32_t i = 0; i < count && in.ok(); ++i) {
        Decision d;
        d.stage = QString::fromUtf8(in.text());
        d.subject = QString::fromUtf8(in.text());
        d.rule = QString::fromUtf8(in.text());
        d.outcome = QString::fromUtf8(in.text());
        const QByteArrayView values = in.text();
        if (withValues)
            d.values = QJsonDocument::fromJson(values.toByteArray()).object();
        d.message = QString::fromUtf8(in.text());
        out.push_back(std::move(d));
    }
    if (!in.ok())
        return damaged("block");
    return out;
}

QByteArray encodeIndex(const std::vector<Decision> &decisions, Kind kind)
{
    const QString Decision::*field = fieldOf(kind);
    // Each decision's group (its key's first appearance), the keys' UTF-8 in one buffer: a subject index has tens of
    // thousands of keys, and a node, a string and a list for each cost more than the rest of the encoding.
    QHash<QStringView, std::int32_t> groupOf;
    std::vector<std::int32_t> group(decisions.size());
    std::vector<std::int32_t> sizes;
    std::string keys;
    std::vector<std::size_t> keyEnd;
    QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        const QString &key = decisions[i].*field;
        const qsizetype known = groupOf.size();
        std::int32_t &at = groupOf[QStringView(key)];
        if (groupOf.size() != known) {
            at = std::int32_t(sizes.size());
            const std::size_t begin = keys.size();
            keys.resize(begin + std::size_t(utf8.requiredSpace(key.size())));
            keys.resize(std::size_t(utf8.appendToBuffer(keys.data() + begin, key) - keys.data()));
            keyEnd.push_back(keys.size());
            sizes.push_back(0);
        }
        group[i] = at;
        ++sizes[std::size_t(at)];
    }
    const auto keyOf = [&keys, &keyEnd](std::int32_t g) {
        const std::size_t begin = g == 0 ? 0 : keyEnd[std::size_t(g) - 1];
        return std::string_view(keys.data() + begin, keyEnd[std::size_t(g)] - begin);
    };
    // Keys in byte order of their UTF-8, so the index is the same for the same log.
    std::vector<std::int32_t> order(sizes.size());
    for (std::size_t g = 0; g < order.size(); ++g)
        order[g] = std::int32_t(g);
    std::sort(order.begin(), order.end(), [&keyOf](std::int32_t a, std::int32_t b) { return keyOf(a) < keyOf(b); });
    // Every group's sequence numbers in one array, in decision order within a group.
    std::vector<std::size_t> start(sizes.size() + 1, 0);
    for (std::size_t g = 0; g < sizes.size(); ++g)
        start[g + 1] = start[g] + std::size_t(sizes[g]);
    std::vector<std::int32_t> seqs(decisions.size());
    {
        std::vector<std::size_t> next(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < decisions.size(); ++i)
            seqs[next[std::size_t(group[i])]++] = std::int32_t(i);
    }
    QByteArray raw;
    raw.reserve(qsizetype(4 + keys.size() + 8 * sizes.size() + 4 * decisions.size()));
    putU32(raw, std::uint32_t(order.size()));
    for (const std::int32_t g : order) {
        const std::string_view key = keyOf(g);
        putText(raw, QByteArrayView(key.data(), qsizetype(key.size())));
        putU32(raw, std::uint32_t(sizes[std::size_t(g)]));
        for (std::size_t k = start[std::size_t(g)]; k < start[std::size_t(g) + 1]; ++k)
            putU32(raw, std::uint32_t(seqs[k]));
    }
    return blockcompression::compress(raw);
}

Result<std::vector<std::int32_t>> lookup(const QByteArray &index, const QString &key)
{
    const QByteArray raw = qUncompress(index);
    if (raw.isEmpty())
        return damaged("index");
    const QByteArray wanted = key.toUtf8();
    Reader in(raw);
    const std::uint32_t keys = in.u32();
    for (std::uint32_t k = 0; k < keys && in.ok(); ++k) {
        const QByteArrayView name = in.text();
        const std::uint32_t count = in.u32();
        if (name == wanted) {
            std::vector<std::int32_t> seqs(count);
            for (std::uint32_t i = 0; i < count; ++i)
                seqs[i] = std::int32_t(in.u32());
            if (!in.ok())
                return damaged("index");
            return seqs;
        }
        for (std::uint32_t i = 0; i < count; ++i)
            in.u32();
    }
    if (!in.ok())
        return damaged("index");
    return std::vector<std::int32_t>();
}

std::vector<QByteArray> encodeAll(const std::vector<Decision> &decisions)
{
    // Encoding (JSON of the values, compression) is most of the work: both cores do it.
    const std::size_t blocks = (decisions.size() + kPerBlock - 1) / kPerBlock;
    std::vector<QByteArray> encoded(blocks + 3);
    // The three indexes are taken first: each covers every decision, the longest items.
    onTwoThreads(encoded.size(), [&](std::size_t i) {
        if (i < 3) {
            encoded[blocks + i] = encodeIndex(decisions, Kind(i));
            return;
        }
        const std::size_t b = i - 3;
        const std::size_t first = b * kPerBlock;
        encoded[b] = encodeBlock(decisions, first, std::min<std::size_t>(kPerBlock, decisions.size() - first));
    });
    return encoded;
}

Status store(sqlite3 *db, qint64 runRow, const std::vector<Decision> &decisions)
{
    return write(db, runRow, encodeAll(decisions));
}

Status write(sqlite3 *db, qint64 runRow, const std::vector<QByteArray> &encoded)
{
    SqliteStatement block;
    SqliteStatement index;
    if (Status prepared = block.prepare(db, u"INSERT INTO decision_blocks (run, block, data) VALUES (?, ?, ?)"_s);
        !prepared) {
        return prepared;
    }
    if (Status prepared = index.prepare(db, u"INSERT INTO decision_index (run, kind, data) VALUES (?, ?, ?)"_s);
        !prepared) {
        return prepared;
    }
    const std::size_t blocks = encoded.size() - 3;
    for (std::size_t b = 0; b < blocks; ++b) {
        block.bind(1, runRow);
        block.bind(2, qint64(b));
        block.bindBlobNoCopy(3, encoded[b].constData(), int(encoded[b].size()));
        if (Status stored = block.run(); !stored)
            return stored;
    }
    for (Kind kind : {Stage, Subject, Outcome}) {
        const QByteArray &data = encoded[blocks + std::size_t(kind)];
        index.bind(1, runRow);
        index.bind(2, qint64(kind));
        index.bindBlobNoCopy(3, data.constData(), int(data.size()));
        if (Status stored = index.run(); !stored)
            return stored;
    }
    return Ok{};
}

Result<DecisionPage> page(const DecisionQuery &q, qint64 stored, const Source &source)
{
    // The matching sequence numbers: intersect the posting list of each exact filter and, for a
    // text search, the decisions whose texts contain it. nullopt = every decision of the run.
    std::optional<std::vector<std::int32_t>> matching;
    auto narrow = [&matching](std::vector<std::int32_t> seqs) {
        if (!matching) {
            matching = std::move(seqs);
            return;
        }
        std::vector<std::int32_t> both;
        std::set_intersection(matching->begin(), matching->end(), seqs.begin(), seqs.end(), std::back_inserter(both));
        matching = std::move(both);
    };
    for (const auto &[kind, key] :
         {std::pair(Stage, &q.stage), std::pair(Subject, &q.subject), std::pair(Outcome, &q.outcome)}) {
        if (key->isEmpty())
            continue;
        auto found = source.index(kind);
        if (!found)
            return found.error();
        std::vector<std::int32_t> seqs;
        if (found.value()) {
            auto listed = lookup(*found.value(), *key);
            if (!listed)
                return listed.error();
            seqs = std::move(listed).value();
        }
        narrow(std::move(seqs));
    }

    // Calls fn(seq, decision) for the decisions of blocks first..last.
    const auto forEachDecision = [&](qint64 first, qint64 last, bool withValues, const auto &fn) -> Status {
        Status failed = Ok{};
        const Status rows = source.blocks(first, last, [&](qint64 block, const QByteArray &data) {
            if (!failed)
                return;
            const qint64 base = block * kPerBlock;
            auto decoded = decodeBlock(data, withValues);
            if (!decoded) {
                failed = decoded.error();
                return;
            }
            for (std::size_t i = 0; i < decoded.value().size(); ++i)
                fn(base + qint64(i), std::move(decoded.value()[i]));
        });
        return rows ? failed : rows;
    };

    if (!q.text.isEmpty() && (!matching || !matching->empty())) {
        std::vector<std::int32_t> found;
        const Status searched =
            forEachDecision(0, std::numeric_limits<qint64>::max(), false, [&](qint64 seq, Decision &&d) {
                if (containsAsciiCaseInsensitive(d.subject, q.text) || containsAsciiCaseInsensitive(d.rule, q.text) ||
                    containsAsciiCaseInsensitive(d.message, q.text))
                    found.push_back(std::int32_t(seq));
            });
        if (!searched)
            return searched.error();
        narrow(std::move(found));
    }

    DecisionPage page;
    page.total = matching ? qint64(matching->size()) : stored;
    const qint64 first = std::min(std::max<qint64>(0, q.offset), page.total);
    const qint64 count = q.limit > 0 ? std::min<qint64>(q.limit, page.total - first) : page.total - first;
    if (count <= 0)
        return page;

    // The page's sequence numbers, ascending; blocks are read once each, in order.
    std::vector<std::int32_t> wanted;
    wanted.reserve(std::size_t(count));
    for (qint64 i = 0; i < count; ++i)
        wanted.push_back(matching ? (*matching)[std::size_t(first + i)] : std::int32_t(first + i));
    page.items.reserve(std::size_t(count));
    std::size_t next = 0;
    for (std::size_t w = 0; w < wanted.size();) {
        const qint64 block = wanted[w] / kPerBlock;
        while (w < wanted.size() && wanted[w] / kPerBlock == block)
            ++w;
        const Status read = forEachDecision(block, block, true, [&](qint64 seq, Decision &&d) {
            if (next < w && seq == wanted[next]) {
                page.items.push_back(std::move(d));
                ++next;
            }
        });
        if (!read)
            return read.error();
    }
    return page;
}

bool containsAsciiCaseInsensitive(QStringView haystack, QStringView needle)
{
    const auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
    if (needle.isEmpty())
        return true;
    const auto end = haystack.size() - needle.size();
    for (qsizetype i = 0; i <= end; ++i) {
        qsizetype j = 0;
        while (j < needle.size() && lower(haystack[i + j].unicode()) == lower(needle[j].unicode()))
            ++j;
        if (j == needle.size())
            return true;
    }
    return false;
}

} // namespace decisionlog
