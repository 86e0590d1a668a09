#pragma once

#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include "core/ingest/streambuffer.h"

/// Splits a JSON array of records — the whole document, or the array under one key of a
/// top-level object (`{"posts": [...]}`) — into its elements without parsing the document as a
/// whole: memory follows the largest element, and each element knows the line it starts on, so a
/// bad record is reported where it is and the others are still read.
class JsonArrayStream
{
public:
    /// `containerKey`: the key whose array holds the records when the document is an object.
    explicit JsonArrayStream(QIODevice &device, QByteArrayView containerKey = "posts");

    /// Finds the array. False (with error()) when the document is neither an array nor an object
    /// with an array under the key.
    bool open();
    bool isObjectForm() const { return m_objectForm; }

    enum class Next {
        Element, ///< `element` holds one element's bytes, valid until the next call
        Broken,  ///< the document is malformed here (error(), elementLine()); nothing more can be read
        End,
    };
    Next next(QByteArrayView &element);

    qint64 elementLine() const { return m_elementLine; } ///< 1-based line where the last element (or the damage) starts
    const QString &error() const { return m_error; }
    qint64 bytesRead() const { return m_buffer.bytesRead(); }
    bool failed() const { return m_buffer.failed(); }
    const QString &deviceError() const { return m_buffer.errorString(); }

    static constexpr qsizetype kMaxElementBytes = 64 * 1024 * 1024;

private:
    bool skipSpace();                  ///< false at the end of input
    bool scanValue(bool keep);         ///< consumes one JSON value; false when it is unterminated
    bool readKey(QByteArray &key);     ///< a "…" object key, escapes left as written
    Next broken(QString message);

    StreamBuffer m_buffer;
    QByteArray m_containerKey;
    qint64 m_line = 1;
    qint64 m_elementLine = 0;
    bool m_objectForm = false;
    bool m_inArray = false;
    bool m_first = true; ///< no element read yet: no ',' expected
    QString m_error;
};
