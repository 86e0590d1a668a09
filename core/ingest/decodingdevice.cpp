#include "core/ingest/decodingdevice.h"

#include <cstring>

namespace {
constexpr qint64 kChunk = 64 * 1024;
}

DecodingDevice::DecodingDevice(QIODevice &source, TextEncoding encoding, qsizetype skipBytes, QObject *parent)
    : QIODevice(parent), m_source(source), m_transcoder(encoding), m_skip(skipBytes)
{
}

qint64 DecodingDevice::bytesAvailable() const
{
    return m_decoded.size() - m_decodedPos + QIODevice::bytesAvailable();
}

bool DecodingDevice::waitForReadyRead(int msecs)
{
    if (m_decodedPos < m_decoded.size())
        return true;
    if (m_finished)
        return false;
    if (fill())
        return true;
    if (m_finished)
        return m_decodedPos < m_decoded.size();
    // A slow stream: wait for it, then decode what came. Nothing in time is the end only when the
    // source says so (a read of -1); otherwise the caller decides, as StreamBuffer does.
    if (!m_source.waitForReadyRead(msecs)) {
        fill();
        return m_decodedPos < m_decoded.size();
    }
    return fill();
}

bool DecodingDevice::fill()
{
    if (m_finished)
        return false;
    if (m_decodedPos >= m_decoded.size()) {
        m_decoded.clear();
        m_decodedPos = 0;
    }
    if (m_raw.size() != kChunk)
        m_raw.resize(kChunk);
    const qint64 n = m_source.read(m_raw.data(), kChunk);
    if (n > 0) {
        m_sourceRead += n;
        qsizetype from = 0;
        if (m_skip > 0) {
            from = qsizetype(qMin<qint64>(m_skip, n));
            m_skip -= from;
        }
        const qsizetype before = m_decoded.size();
        m_transcoder.decode(QByteArrayView(m_raw).first(qsizetype(n)).sliced(from), false, m_decoded);
        return m_decoded.size() > before || fill();
    }
    // 0 from a file is the end; 0 from a stream only means "not yet" (-1 is its end).
    if (n < 0 || !m_source.isSequential()) {
        m_finished = true;
        const qsizetype before = m_decoded.size();
        m_transcoder.decode({}, true, m_decoded);
        return m_decoded.size() > before;
    }
    return false;
}

qint64 DecodingDevice::readData(char *data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize) {
        if (m_decodedPos >= m_decoded.size() && !fill())
            break;
        const qint64 take = qMin<qint64>(maxSize - copied, m_decoded.size() - m_decodedPos);
        std::memcpy(data + copied, m_decoded.constData() + m_decodedPos, size_t(take));
        m_decodedPos += qsizetype(take);
        copied += take;
    }
    if (copied == 0 && m_finished)
        return -1;
    return copied;
}
