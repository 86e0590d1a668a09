#include "core/storage/blockcompression.h"

#include <libdeflate.h>

#include <limits>

namespace blockcompression {

namespace {

/// Level 1: runs are written at every discovery and read a page at a time; a higher level gains a few percent of
/// size for several times the CPU.
constexpr int kLevel = 1;

/// A libdeflate compressor kept for the thread's life.
class Compressor
{
public:
    Compressor() : m_compressor(libdeflate_alloc_compressor(kLevel)) {}
    ~Compressor() { libdeflate_free_compressor(m_compressor); }
    Compressor(const Compressor &) = delete;
    Compressor &operator=(const Compressor &) = delete;

    QByteArray compress(QByteArrayView raw)
    {
        if (!m_compressor || raw.size() > std::numeric_limits<qint32>::max() / 2)
            return qCompress(reinterpret_cast<const uchar *>(raw.data()), qsizetype(raw.size()), kLevel);
        const std::size_t bound = libdeflate_zlib_compress_bound(m_compressor, std::size_t(raw.size()));
        QByteArray out(qsizetype(4 + bound), Qt::Uninitialized);
        const auto size = quint32(raw.size());
        out[0] = char(size >> 24);
        out[1] = char(size >> 16);
        out[2] = char(size >> 8);
        out[3] = char(size);
        const std::size_t written =
            libdeflate_zlib_compress(m_compressor, raw.data(), std::size_t(raw.size()), out.data() + 4, bound);
        if (written == 0) // cannot happen with the bound's room: kept as qCompress's answer all the same
            return qCompress(reinterpret_cast<const uchar *>(raw.data()), qsizetype(raw.size()), kLevel);
        out.resize(qsizetype(4 + written));
        return out;
    }

private:
    libdeflate_compressor *m_compressor;
};

} // namespace

QByteArray compress(QByteArrayView raw)
{
    thread_local Compressor compressor;
    return compressor.compress(raw);
}

} // namespace blockcompression
