#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include "core/ingest/streambuffer.h"

/// A streaming RFC 4180 parser: quoted fields with delimiters, doubled quotes and line breaks
/// inside, CRLF or LF, a UTF-8 BOM at the start. Memory holds one record at a time. Lenient
/// where spreadsheets are sloppy: a quote inside an unquoted field, or text after a closing
/// quote, is kept as written. Blank lines are skipped.
class CsvParser
{
public:
    explicit CsvParser(QIODevice &device, char delimiter = ',');

    enum class Next {
        Record, ///< `fields` holds the next record
        Broken, ///< this record cannot be read (error()); parsing goes on with the next line
        End,
    };
    Next next(QStringList &fields);

    qint64 recordLine() const { return m_recordLine; } ///< physical line where the last record started (1-based)
    const QString &error() const { return m_error; }
    qint64 bytesRead() const { return m_buffer.bytesRead(); }
    bool failed() const { return m_buffer.failed(); } ///< the device failed (not a record error)
    const QString &deviceError() const { return m_buffer.errorString(); }

    static constexpr qsizetype kMaxRecordBytes = 16 * 1024 * 1024; ///< a stray quote must not swallow the file

private:
    StreamBuffer m_buffer;
    char m_delimiter;
    QByteArray m_field;
    qint64 m_line = 1; ///< physical line of the next unread byte
    qint64 m_recordLine = 0;
    QString m_error;
};
