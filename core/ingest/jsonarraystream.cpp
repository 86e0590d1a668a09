#include "core/ingest/jsonarraystream.h"

#include <cstring>

using namespace Qt::StringLiterals;

JsonArrayStream::JsonArrayStream(QIODevice &device, QByteArrayView containerKey)
    : m_buffer(device), m_containerKey(containerKey.toByteArray())
{
    m_buffer.skipBom();
}

bool JsonArrayStream::skipSpace()
{
    while (m_buffer.ensure()) {
        const char c = m_buffer.peek();
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return true;
        if (c == '\n')
            ++m_line;
        m_buffer.advance(1);
        m_buffer.mark();
    }
    return false;
}

bool JsonArrayStream::readKey(QByteArray &key)
{
    key.clear();
    m_buffer.mark();
    if (!m_buffer.ensure() || m_buffer.get() != '"')
        return false;
    while (m_buffer.ensure()) {
        const char c = m_buffer.get();
        if (c == '"')
            return true;
        if (c == '\\' && m_buffer.ensure())
            key.append(c).append(m_buffer.get());
        else
            key.append(c);
        m_buffer.mark();
    }
    return false;
}

bool JsonArrayStream::scanValue(bool keep)
{
    int depth = 0;
    bool inString = false;
    qsizetype size = 0;
    while (m_buffer.ensure()) {
        if (inString) {
            // Skip string content up to the next quote or backslash in one step (memchr is vectorised).
            const QByteArrayView avail = m_buffer.available();
            const void *q = std::memchr(avail.data(), '"', size_t(avail.size()));
            qsizetype n = q ? static_cast<const char *>(q) - avail.data() : avail.size();
            if (const void *b = std::memchr(avail.data(), '\\', size_t(n)))
                n = static_cast<const char *>(b) - avail.data();
            if (n > 0) {
                m_line += avail.first(n).count('\n');
                m_buffer.advance(n);
                size += n;
                if (!keep)
                    m_buffer.mark();
                if (size > kMaxElementBytes)
                    return false;
                continue;
            }
        }
        const char c = m_buffer.peek();
        if (!inString && depth == 0 && size > 0
            && (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\r' || c == '\n'))
            return true; // the end of a scalar
        m_buffer.advance(1);
        if (!keep)
            m_buffer.mark();
        if (++size > kMaxElementBytes)
            return false;
        if (c == '\n')
            ++m_line;
        if (inString) {
            if (c == '\\') {
                if (!m_buffer.ensure())
                    return false;
                m_buffer.advance(1); // an escaped quote or backslash never ends the string
                ++size;
            } else if (c == '"') {
                inString = false;
                if (depth == 0)
                    return true;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth <= 0)
                return depth == 0;
        }
    }
    // End of input: only a complete scalar ends there.
    return !inString && depth == 0 && size > 0;
}

bool JsonArrayStream::open()
{
    if (!skipSpace()) {
        m_error = m_buffer.failed() ? m_buffer.errorString() : u"empty document"_s;
        return false;
    }
    const char first = m_buffer.get();
    if (first == '[') {
        m_inArray = true;
        return true;
    }
    if (first != '{') {
        m_error = u"not a JSON array or object"_s;
        return false;
    }
    m_objectForm = true;
    const QString missing = u"no \""_s + QString::fromUtf8(m_containerKey) + u"\" array in the top-level object"_s;
    QByteArray key;
    for (;;) {
        if (!skipSpace()) {
            m_error = missing;
            return false;
        }
        if (m_buffer.peek() == '}') {
            m_error = missing;
            return false;
        }
        if (!readKey(key) || !skipSpace() || m_buffer.get() != ':' || !skipSpace()) {
            m_error = u"malformed top-level object at line "_s + QString::number(m_line);
            return false;
        }
        if (key == m_containerKey) {
            if (m_buffer.peek() != '[') {
                m_error = u"\""_s + QString::fromUtf8(m_containerKey) + u"\" is not an array"_s;
                return false;
            }
            m_buffer.get();
            m_inArray = true;
            return true;
        }
        if (!scanValue(false) || !skipSpace()) {
            m_error = u"malformed top-level object at line "_s + QString::number(m_line);
            return false;
        }
        const char sep = m_buffer.get();
        if (sep == '}') {
            m_error = missing;
            return false;
        }
        if (sep != ',') {
            m_error = u"malformed top-level object at line "_s + QString::number(m_line);
            return false;
        }
    }
}

JsonArrayStream::Next JsonArrayStream::broken(QString message)
{
    m_error = std::move(message);
    m_inArray = false;
    return Next::Broken;
}

JsonArrayStream::Next JsonArrayStream::next(QByteArrayView &element)
{
    if (!m_inArray)
        return Next::End;
    if (!skipSpace())
        return m_elementLine = m_line, broken(u"unexpected end of file: the array is not closed"_s);
    if (m_buffer.peek() == ']') {
        m_buffer.get();
        m_inArray = false;
        return Next::End;
    }
    if (!m_first) {
        if (m_buffer.peek() != ',')
            return m_elementLine = m_line, broken(u"expected ',' or ']' between records"_s);
        m_buffer.get();
        if (!skipSpace())
            return m_elementLine = m_line, broken(u"unexpected end of file: the array is not closed"_s);
    }
    m_first = false;
    m_elementLine = m_line;
    m_buffer.mark();
    if (!scanValue(true))
        return broken(u"unterminated record (unexpected end of file or a record over 64 MiB)"_s);
    element = m_buffer.sinceMark();
    return Next::Element;
}
