#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

/// A read-ahead window over a QIODevice for the streaming readers: bytes are read in chunks, and
/// only the bytes from the mark on are kept, so memory follows the largest record, not the file.
class StreamBuffer
{
public:
    explicit StreamBuffer(QIODevice &device, qsizetype chunkSize = 64 * 1024);

    /// True when an unread byte is available, reading another chunk if needed; false at the end.
    bool ensure() { return m_pos < m_buf.size() || refill(); }
    char peek() const { return m_buf.at(m_pos); }
    char get() { return m_buf.at(m_pos++); }
    void advance(qsizetype n) { m_pos += n; }

    /// The unread bytes already in memory (may be empty; call ensure() first).
    QByteArrayView available() const { return QByteArrayView(m_buf).sliced(m_pos); }

    /// Keeps the bytes from the current position on, until the next mark; see sinceMark().
    void mark() { m_mark = m_pos; }
    QByteArrayView sinceMark() const { return QByteArrayView(m_buf).sliced(m_mark, m_pos - m_mark); }
    qsizetype sinceMarkSize() const { return m_pos - m_mark; }
    /// Goes back to `n` bytes after the mark (n ≤ sinceMarkSize()): the bytes since the mark are kept.
    void rewindToMark(qsizetype n) { m_pos = m_mark + n; }

    /// Skips a UTF-8 byte-order mark at the very start.
    void skipBom();

    qint64 bytesRead() const { return m_consumedBefore + m_pos; } ///< bytes consumed so far
    bool failed() const { return !m_error.isEmpty(); }
    const QString &errorString() const { return m_error; }

private:
    bool refill();

    QIODevice &m_device;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qsizetype m_mark = 0;
    qint64 m_consumedBefore = 0; ///< bytes dropped from the front of m_buf
    qsizetype m_chunkSize;
    bool m_atEnd = false;
    QString m_error;
};
