#include "core/ingest/csvparser.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr char kDelimiters[] = {',', ';', '\t', '|'};

/// Line breaks in `run` (LF, CRLF, lone CR); a CR at the very end counts when `crEndsLine`.
qint64 lineBreaks(QByteArrayView run, bool crEndsLine)
{
    qint64 n = run.count('\n');
    for (qsizetype i = run.indexOf('\r'); i >= 0; i = run.indexOf('\r', i + 1)) {
        if (i + 1 < run.size() ? run[i + 1] != '\n' : crEndsLine)
            ++n;
    }
    return n;
}

} // namespace

char csvDelimiter(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    // Count each candidate per line, outside quotes, over the first 20 lines.
    constexpr int kLines = 20;
    int counts[kLines][4] = {};
    int lines = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < head.size() && lines < kLines; ++i) {
        const char c = head[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < head.size() && head[i + 1] == '\n')
                ++i;
            ++lines;
        } else if (!quoted) {
            for (int d = 0; d < 4; ++d) {
                if (c == kDelimiters[d])
                    ++counts[lines][d];
            }
        }
    }
    const int seen = qMin(kLines, lines + 1);
    char best = ',';
    int bestAgree = -1;
    int bestCount = 0;
    for (int d = 0; d < 4; ++d) {
        const int header = counts[0][d];
        if (header == 0)
            continue;
        int agree = 0;
        for (int l = 1; l < seen; ++l)
            agree += counts[l][d] == header ? 1 : 0;
        if (agree > bestAgree || (agree == bestAgree && header > bestCount)) {
            best = kDelimiters[d];
            bestAgree = agree;
            bestCount = header;
        }
    }
    return best;
}

CsvParser::CsvParser(QIODevice &device, char delimiter) : m_buffer(device), m_delimiter(delimiter)
{
    m_buffer.skipBom();
    if (m_delimiter == 0)
        m_delimiter = m_buffer.ensure() ? csvDelimiter(m_buffer.available()) : ',';
}

CsvParser::Next CsvParser::resync(const QString &why)
{
    m_error = why;
    ++m_unreadLines;
    if (m_firstBreak < 0) {
        // Nothing to go back to: the record is one line; skip what is left of it.
        while (m_buffer.ensure()) {
            m_buffer.mark();
            const char c = m_buffer.get();
            if (c == '\n')
                break;
            if (c == '\r') {
                if (m_buffer.ensure() && m_buffer.peek() == '\n')
                    m_buffer.get();
                break;
            }
        }
        m_line = m_recordLine + 1;
        return Next::Broken;
    }
    m_buffer.rewindToMark(m_firstBreak);
    m_line = m_recordLine + 1;
    m_error += u"; reading resumed at line %1"_s.arg(m_line);
    return Next::Broken;
}

CsvParser::Next CsvParser::next(QStringList &fields)
{
    fields.clear();
    m_error.clear();
    // Skip blank lines between records.
    while (m_buffer.ensure() && (m_buffer.peek() == '\n' || m_buffer.peek() == '\r')) {
        const char c = m_buffer.get();
        if (c == '\n' || !m_buffer.ensure() || m_buffer.peek() != '\n')
            ++m_line;
    }
    // The record's bytes stay in the buffer until the next record, so that a broken quote can be
    // read again from its second line.
    m_buffer.mark();
    if (!m_buffer.ensure())
        return Next::End;

    m_recordLine = m_line;
    m_firstBreak = -1;
    m_field.clear();
    bool quoted = false; // inside a quoted section
    bool fieldStart = true;
    while (m_buffer.ensure()) {
        const QByteArrayView avail = m_buffer.available();
        if (m_buffer.sinceMarkSize() > kMaxRecordBytes)
            return resync(u"record longer than 16 MiB (unbalanced quote?)"_s);
        if (quoted) {
            // Runs up to the next quote are copied whole; memchr is vectorised.
            const void *q = std::memchr(avail.data(), '"', size_t(avail.size()));
            const qsizetype n = q ? static_cast<const char *>(q) - avail.data() : avail.size();
            const QByteArrayView run = avail.first(n);
            const qint64 breaks = lineBreaks(run, q != nullptr);
            if (breaks > 0 && m_firstBreak < 0) {
                qsizetype at = 0;
                while (run[at] != '\n' && run[at] != '\r')
                    ++at;
                qsizetype after = at + 1;
                if (run[at] == '\r' && after < run.size() && run[after] == '\n')
                    ++after;
                m_firstBreak = m_buffer.sinceMarkSize() + after;
            }
            m_line += breaks;
            m_field.append(run);
            m_buffer.advance(n);
            if (!q)
                continue;
            m_buffer.advance(1);
            if (m_buffer.ensure() && m_buffer.peek() == '"') {
                m_buffer.advance(1);
                m_field.append('"');
            } else {
                quoted = false;
                // RFC 4180: a closing quote ends the field. Text right after one that closed a field
                // spanning lines means the quote was never meant to open it (a stray quote); blanks
                // after it are common sloppiness and kept.
                if (m_firstBreak >= 0 && m_buffer.ensure() && m_buffer.peek() != m_delimiter
                    && m_buffer.peek() != '\n' && m_buffer.peek() != '\r' && m_buffer.peek() != ' '
                    && m_buffer.peek() != '\t') {
                    fields.clear();
                    return resync(u"unbalanced quote: a quoted field runs over %1 lines and closes inside a field"_s
                                      .arg(m_line - m_recordLine + 1));
                }
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
            fieldStart = false;
            continue;
        }
        const char c = m_buffer.get();
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
        if (m_expected > 0 && m_firstBreak >= 0 && fields.size() != m_expected) {
            fields.clear();
            return resync(u"unbalanced quote: a quoted field runs over %1 lines and the record has the wrong "
                          u"number of fields"_s.arg(m_line - m_recordLine));
        }
        return Next::Record;
    }
    if (quoted) {
        fields.clear();
        return resync(m_firstBreak >= 0 ? u"unbalanced quote: a quoted field opened here never closes"_s
                                        : u"unterminated quoted field"_s);
    }
    fields.append(QString::fromUtf8(m_field));
    if (m_expected > 0 && m_firstBreak >= 0 && fields.size() != m_expected) {
        fields.clear();
        return resync(u"unbalanced quote: a quoted field runs over %1 lines and the record has the wrong "
                      u"number of fields"_s.arg(m_line - m_recordLine + 1));
    }
    ++m_line; // the last line had no terminator
    return Next::Record;
}
