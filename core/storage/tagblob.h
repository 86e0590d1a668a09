#pragma once

#include <cstdint>
#include <vector>

#include <QByteArray>

/// A post's tag ids as stored in `posts.tag_ids`: little-endian int32s in the post's tag order.
/// A fixed binary form rather than text because it is decoded once per post of every window load.
namespace tagblob {

/// Encodes into `blob`, reusing its allocation.
inline void encodeInto(const std::vector<std::int32_t> &ids, QByteArray &blob)
{
    blob.resize(qsizetype(ids.size() * 4));
    auto *out = reinterpret_cast<unsigned char *>(blob.data());
    for (std::int32_t id : ids) {
        const auto v = static_cast<std::uint32_t>(id);
        *out++ = static_cast<unsigned char>(v & 0xff);
        *out++ = static_cast<unsigned char>((v >> 8) & 0xff);
        *out++ = static_cast<unsigned char>((v >> 16) & 0xff);
        *out++ = static_cast<unsigned char>((v >> 24) & 0xff);
    }
}

inline QByteArray encode(const std::vector<std::int32_t> &ids)
{
    QByteArray blob;
    encodeInto(ids, blob);
    return blob;
}

/// Calls `fn(id)` for each id of a blob; trailing bytes of a damaged blob are ignored.
template <typename Fn> inline void forEach(const char *data, qsizetype size, Fn &&fn)
{
    const auto *in = reinterpret_cast<const unsigned char *>(data);
    for (qsizetype i = 0; i + 4 <= size; i += 4) {
        const std::uint32_t v = std::uint32_t(in[i]) | (std::uint32_t(in[i + 1]) << 8) |
                                (std::uint32_t(in[i + 2]) << 16) | (std::uint32_t(in[i + 3]) << 24);
        fn(static_cast<std::int32_t>(v));
    }
}

inline std::vector<std::int32_t> decode(const QByteArray &blob)
{
    std::vector<std::int32_t> ids;
    ids.reserve(std::size_t(blob.size() / 4));
    forEach(blob.constData(), blob.size(), [&ids](std::int32_t id) { ids.push_back(id); });
    return ids;
}

} // namespace tagblob
