#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include "core/ingest/textencoding.h"

/// Turns text in one of the import encodings into UTF-8, chunk by chunk (a character cut by the
/// end of a chunk is completed by the next one). Invalid input — a bad UTF-8 byte, an undefined
/// GB18030 sequence, a lone UTF-16 surrogate — becomes U+FFFD and is counted, with the line and
/// byte of the first few, so that the import summary can say so: nothing is replaced silently.
/// GB18030 and UTF-16 go through glibc's iconv; UTF-8 is validated here, the single-byte
/// encodings are mapped by table.
class Transcoder
{
public:
    explicit Transcoder(TextEncoding encoding);
    ~Transcoder();
    Transcoder(const Transcoder &) = delete;
    Transcoder &operator=(const Transcoder &) = delete;

    /// Appends the UTF-8 of `input` to `out`. `last` says no more input follows: an incomplete
    /// character at its end is then invalid.
    void decode(QByteArrayView input, bool last, QByteArray &out);

    /// Where a replacement happened: 1-based line of the output and 1-based byte within it.
    struct Repair
    {
        qint64 line = 0;
        qint64 byte = 0;
    };
    static constexpr int kKeptRepairs = 5;

    TextEncoding encoding() const { return m_encoding; }
    qint64 repairs() const { return m_repairs; }               ///< invalid sequences replaced by U+FFFD
    const QList<Repair> &firstRepairs() const { return m_first; } ///< the first kKeptRepairs of them

private:
    void decodeUtf8(const uchar *p, qsizetype n, bool last, QByteArray &out, qsizetype chunkStart);
    void decodeSingleByte(const uchar *p, qsizetype n, QByteArray &out);
    void decodeIconv(QByteArrayView input, bool last, QByteArray &out, qsizetype chunkStart);
    /// Appends U+FFFD to `out` (whose bytes from `chunkStart` are this call's) and records it.
    void replace(QByteArray &out, qsizetype chunkStart);
    /// Counts the line breaks of out[chunkStart…] into the running line position.
    void account(const QByteArray &out, qsizetype chunkStart);

    TextEncoding m_encoding;
    void *m_iconv = nullptr; ///< iconv_t
    QByteArray m_pending;    ///< bytes of a character cut off by the end of the previous input
    qint64 m_repairs = 0;
    QList<Repair> m_first;
    qint64 m_lines = 0;           ///< line breaks in the output before this call's bytes
    qint64 m_bytesSinceBreak = 0; ///< output bytes since the last line break, before this call's bytes
};
