#pragma once

#include <QByteArrayView>
#include <QIODevice>

#include "core/ingest/streambuffer.h"

/// Reads a device line by line (`\n` or `\r\n`), for NDJSON. Memory holds one line at a time,
/// plus one read chunk; a UTF-8 BOM at the start is skipped.
class LineReader
{
public:
    explicit LineReader(QIODevice &device, qsizetype maxLineBytes = kMaxLineBytes);

    /// The next line without its terminator; the view is valid until the next call. False at the end.
    /// A line over the limit (kMaxLineBytes by default) is skipped, never held whole in memory,
    /// and comes back empty with tooLong() set.
    bool next(QByteArrayView &line);
    bool tooLong() const { return m_tooLong; }
    /// The reject reason for a line that was tooLong() ("line longer than 64 MiB").
    QString tooLongReason() const;

    static constexpr qsizetype kMaxLineBytes = 64 * 1024 * 1024; ///< a file without line breaks must not fill memory

    qint64 lineNumber() const { return m_lineNumber; } ///< 1-based number of the last line returned
    qint64 bytesRead() const { return m_buffer.bytesRead(); }
    bool failed() const { return m_buffer.failed(); }
    const QString &errorString() const { return m_buffer.errorString(); }

private:
    bool keepOrDropLong(QByteArrayView &line);

    StreamBuffer m_buffer;
    qint64 m_lineNumber = 0;
    qsizetype m_maxLineBytes;
    bool m_tooLong = false;
};
