#pragma once

#include <QByteArray>
#include <QString>

/// Writes the rows of one `COPY … FROM STDIN (FORMAT binary)` (PostgreSQL's binary copy format:
/// big-endian field lengths and values).
class PgCopyBuffer
{
public:
    PgCopyBuffer();
    void beginRow(int fields);
    void addNull();
    void add(qint64 value);
    void addInt32(qint32 value);
    void addBool(bool value);
    void addBytes(const char *data, int size);
    /// An empty text stored as NULL when `emptyIsNull`.
    void addText(const char *data, int size, bool emptyIsNull = true);
    void addText(const QString &text, bool emptyIsNull = true);
    /// The trailer; then data() is the whole stream.
    const QByteArray &finish();
    qsizetype rows() const { return m_rows; }

private:
    QByteArray m_data;
    qsizetype m_rows = 0;
};
