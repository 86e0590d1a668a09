#pragma once

#include <QByteArray>
#include <QIODevice>

#include "core/ingest/transcoder.h"

/// A read-only view of `source` as UTF-8, whatever its encoding: the one layer below every reader
/// that turns an import's bytes into text (SPEC section 2's encodings). It reads the source in
/// chunks and holds one decoded chunk at a time, so memory stays flat. A byte-order mark is
/// skipped; invalid input becomes U+FFFD and is counted by transcoder().
class DecodingDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecodingDevice)

public:
    /// `skipBytes`: the byte-order mark at the current position of `source`, not part of the text.
    DecodingDevice(QIODevice &source, TextEncoding encoding, qsizetype skipBytes, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool waitForReadyRead(int msecs) override;

    const Transcoder &transcoder() const { return m_transcoder; }
    /// Bytes taken from the source so far (the BOM included), for progress against its size.
    qint64 sourceBytesRead() const { return m_sourceRead; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    /// Reads and decodes one more chunk of the source; false when nothing more can come now.
    bool fill();

    QIODevice &m_source;
    Transcoder m_transcoder;
    QByteArray m_raw;     ///< one chunk of the source, reused
    QByteArray m_decoded;
    qsizetype m_decodedPos = 0;
    qint64 m_sourceRead = 0;
    qsizetype m_skip = 0;
    bool m_finished = false; ///< the source ended and the transcoder was told so
};
