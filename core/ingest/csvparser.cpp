#include "core/ingest/csvparser.h"

#include <cstring>

using namespace Qt::StringLiterals;

CsvParser::CsvParser(QIODevice &device, char delimiter) : m_buffer(device), m_delimiter(delimiter)
{
    m_buffer.skipBom();
}

CsvParser::Next CsvParser::next(QStringList &fields)
{
    fields.clear();
    m_error.clear();
    // Skip blank lines between records.
    while (m_buffer.ensure() && (m_buffer.peek() == '\n' || m_buffer.peek() == '\r')) {
        if (m_buffer.get() == '\n')
            ++m_line;
    }
    m_buffer.mark();
    if (!m_buffer.ensure())
        return Next::End;

    m_recordLine = m_line;
    m_field.clear();
    qsizetype recordBytes = 0;
    bool quoted = false; // inside a quoted section
    bool fieldStart = true;
    while (m_buffer.ensure()) {
        m_buffer.mark(); // bytes go into m_field, so nothing behind needs keeping
        const QByteArrayView avail = m_buffer.available();
        if (recordBytes > kMaxRecordBytes) {
            m_error = u"record longer than 16 MiB (unterminated quote?)"_s;
            // Resynchronise at the next line break and carry on from there.
            while (m_buffer.ensure() && m_buffer.get() != '\n') {
            }
            ++m_line;
            return Next::Broken;
        }
        if (quoted) {
            // Runs up to the next quote are copied whole; memchr is vectorised.
            const void *q = std::memchr(avail.data(), '"', size_t(avail.size()));
            const qsizetype n = q ? static_cast<const char *>(q) - avail.data() : avail.size();
            const QByteArrayView run = avail.first(n);
            m_line += run.count('\n');
            m_field.append(run);
            m_buffer.advance(n);
            recordBytes += n;
            if (!q)
                continue;
            m_buffer.advance(1);
            if (m_buffer.ensure() && m_buffer.peek() == '"') {
                m_buffer.advance(1);
                m_field.append('"');
            } else {
                quoted = false;
            }
            continue;
        }
        if (fieldStart && avail.front() == '"') {
            m_buffer.advance(1);
            quoted = true;
            fieldStart = false;
            continue;
        }
        qsizetype n = 0;
        while (n < avail.size() && avail[n] != m_delimiter && avail[n] != '\n' && avail[n] != '\r')
            ++n;
        if (n > 0) {
            m_field.append(avail.first(n));
            m_buffer.advance(n);
            recordBytes += n;
            fieldStart = false;
            continue;
        }
        const char c = m_buffer.get();
        ++recordBytes;
        if (c == m_delimiter) {
            fields.append(QString::fromUtf8(m_field));
            m_field.clear();
            fieldStart = true;
            continue;
        }
        if (c == '\r' && m_buffer.ensure() && m_buffer.peek() == '\n')
            m_buffer.get();
        ++m_line;
        fields.append(QString::fromUtf8(m_field));
        return Next::Record;
    }
    if (quoted) {
        m_error = u"unterminated quoted field"_s;
        return Next::Broken;
    }
    fields.append(QString::fromUtf8(m_field));
    return Next::Record;
}
