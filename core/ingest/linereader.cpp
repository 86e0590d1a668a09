#include "core/ingest/linereader.h"

#include <cstring>

LineReader::LineReader(QIODevice &device, qsizetype maxLineBytes) : m_buffer(device), m_maxLineBytes(maxLineBytes)
{
    m_buffer.skipBom();
}

bool LineReader::next(QByteArrayView &line)
{
    m_buffer.mark();
    m_tooLong = false;
    while (m_buffer.ensure()) {
        const QByteArrayView chunk = m_buffer.available();
        const void *nl = std::memchr(chunk.data(), '\n', size_t(chunk.size()));
        if (nl) {
            m_buffer.advance(static_cast<const char *>(nl) - chunk.data() + 1);
            if (m_tooLong) {
                line = QByteArrayView();
                ++m_lineNumber;
                return true;
            }
            line = m_buffer.sinceMark().chopped(1);
            if (line.endsWith('\r'))
                line.chop(1);
            ++m_lineNumber;
            return keepOrDropLong(line);
        }
        m_buffer.advance(chunk.size());
        if (m_tooLong || m_buffer.sinceMarkSize() > m_maxLineBytes) {
            m_tooLong = true;
            m_buffer.mark(); // stop keeping the line: only its end is still wanted
        }
    }
    if (m_tooLong) {
        line = QByteArrayView();
        ++m_lineNumber;
        return true;
    }
    if (m_buffer.sinceMarkSize() == 0)
        return false;
    line = m_buffer.sinceMark(); // last line without a terminator
    if (line.endsWith('\r'))
        line.chop(1);
    ++m_lineNumber;
    return keepOrDropLong(line);
}

bool LineReader::keepOrDropLong(QByteArrayView &line)
{
    // A long line that happened to arrive in one read is over the limit all the same.
    if (line.size() > m_maxLineBytes) {
        m_tooLong = true;
        line = QByteArrayView();
    }
    return true;
}

QString LineReader::tooLongReason() const
{
    constexpr qsizetype kMiB = 1024 * 1024;
    return m_maxLineBytes % kMiB == 0 ? QStringLiteral("line longer than %1 MiB").arg(m_maxLineBytes / kMiB)
                                      : QStringLiteral("line longer than %1 bytes").arg(m_maxLineBytes);
}
