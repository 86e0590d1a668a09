#include "core/ingest/streambuffer.h"

StreamBuffer::StreamBuffer(QIODevice &device, qsizetype chunkSize) : m_device(device), m_chunkSize(chunkSize)
{
}

void StreamBuffer::skipBom()
{
    if (bytesRead() != 0)
        return;
    while (m_buf.size() < 3 && !m_atEnd)
        refill();
    if (m_buf.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool StreamBuffer::refill()
{
    if (m_atEnd)
        return false;
    // Drop what nobody needs any more, then append a chunk behind what is kept.
    const qsizetype keepFrom = qMin(m_mark, m_pos);
    if (keepFrom > 0) {
        m_buf.remove(0, keepFrom);
        m_consumedBefore += keepFrom;
        m_pos -= keepFrom;
        m_mark -= keepFrom;
    }
    const qsizetype old = m_buf.size();
    m_buf.resize(old + m_chunkSize);
    const qint64 n = m_device.read(m_buf.data() + old, m_chunkSize);
    if (n < 0) {
        // Sockets and pipes answer -1 once the peer has closed: that is the end, not a failure.
        if (!m_device.isSequential())
            m_error = m_device.errorString();
        m_buf.resize(old);
        m_atEnd = true;
        return false;
    }
    m_buf.resize(old + n);
    if (n == 0) {
        // A sequential device may just be slow; wait briefly before calling it the end.
        if (m_device.isSequential() && m_device.waitForReadyRead(30'000))
            return refill();
        m_atEnd = true;
        return false;
    }
    return m_pos < m_buf.size();
}
