#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include "core/ingest/streambuffer.h"

/// A streaming RFC 4180 parser: quoted fields with delimiters, doubled quotes and line breaks
/// inside, line ends LF, CRLF or CR, a UTF-8 BOM at the start, and the delimiter `,` `;` tab or
/// `|` (sniffed from the first lines unless given). Memory holds one record at a time. Lenient
/// where spreadsheets are sloppy: a quote inside an unquoted field, or text after a closing
/// quote, is kept as written. Blank lines are skipped.
///
/// A quote that never closes must not swallow the rest of the file (issue #15): when a record
/// whose quoted field ran over line breaks ends at the end of the file, grows over 16 MiB, or
/// (once setExpectedFields() is known) has the wrong number of fields, its first line is reported
/// Broken ("…; reading resumed at line N") and parsing starts again on the next line. Every
/// physical line is thus either part of a record or counted in unreadLines().
class CsvParser
{
public:
    /// `delimiter` 0 = sniff it (csvDelimiter()).
    explicit CsvParser(QIODevice &device, char delimiter = 0);

    enum class Next {
        Record, ///< `fields` holds the next record
        Broken, ///< this record cannot be read (error()); parsing goes on with the next line
        End,
    };
    Next next(QStringList &fields);

    /// The number of fields every record should have (the header's); 0 = unknown. A record that
    /// spans lines and has another count is taken as a broken quote and resynchronised.
    void setExpectedFields(qsizetype n) { m_expected = n; }

    char delimiter() const { return m_delimiter; }
    qint64 recordLine() const { return m_recordLine; } ///< physical line where the last record started (1-based)
    qint64 lines() const { return m_line - 1; }          ///< physical lines consumed so far
    qint64 unreadLines() const { return m_unreadLines; } ///< lines of Broken records
    const QString &error() const { return m_error; }
    qint64 bytesRead() const { return m_buffer.bytesRead(); }
    bool failed() const { return m_buffer.failed(); } ///< the device failed (not a record error)
    const QString &deviceError() const { return m_buffer.errorString(); }

    static constexpr qsizetype kMaxRecordBytes = 16 * 1024 * 1024; ///< a stray quote must not swallow the file

private:
    /// Goes back to the first line break inside the current record and reports its first line.
    Next resync(const QString &why);

    StreamBuffer m_buffer;
    char m_delimiter;
    QByteArray m_field;
    qint64 m_line = 1; ///< physical line of the next unread byte
    qint64 m_recordLine = 0;
    qsizetype m_expected = 0;
    qsizetype m_firstBreak = -1; ///< offset from the record's start just after its first quoted line break
    qint64 m_unreadLines = 0;
    QString m_error;
};

/// The delimiter of a CSV whose first lines are `head`: of `,` `;` tab `|`, the one found (outside
/// quotes) in the header that splits the most following lines into as many fields; `,` when none.
char csvDelimiter(QByteArrayView head);
