#include "core/ingest/csvparser.h"

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
    bool quoted = false;    // inside a quoted section
    bool fieldStart = true;
    while (m_buffer.ensure()) {
        m_buffer.mark(); // single bytes go into m_field, so nothing behind needs keeping
        const char c = m_buffer.get();
        if (++recordBytes > kMaxRecordBytes) {
            m_error = u"record longer than 16 MiB (unterminated quote?)"_s;
            // Resynchronise at the next line break and carry on from there.
            while (m_buffer.ensure() && m_buffer.get() != '\n') {
            }
            ++m_line;
            return Next::Broken;
        }
        if (quoted) {
            if (c == '"') {
                if (m_buffer.ensure() && m_buffer.peek() == '"') {
                    m_buffer.get();
                    m_field.append('"');
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                m_field.append(c);
            }
            continue;
        }
        if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            continue;
        }
        if (c == m_delimiter) {
            fields.append(QString::fromUtf8(m_field));
            m_field.clear();
            fieldStart = true;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r' && m_buffer.ensure() && m_buffer.peek() == '\n')
                m_buffer.get();
            ++m_line;
            fields.append(QString::fromUtf8(m_field));
            return Next::Record;
        }
        fieldStart = false;
        m_field.append(c);
    }
    if (quoted) {
        m_error = u"unterminated quoted field"_s;
        return Next::Broken;
    }
    fields.append(QString::fromUtf8(m_field));
    return Next::Record;
}
