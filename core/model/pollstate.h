#pragma once

#include <QString>

/// What a folder source remembers about one file between polls (and restarts).
struct PolledFile
{
    QString name;        ///< file name inside the folder
    qint64 size = 0;     ///< size when last looked at
    qint64 mtimeMs = 0;  ///< modification time when last looked at
    qint64 consumed = 0; ///< bytes already imported (line formats: always at a line end)
    QString headSha1;    ///< SHA-1 (hex) of the first min(consumed, 4 KiB) bytes: tells a replaced file
    QString format;      ///< reader id of the last read
    qint64 lines = 0;    ///< line ends in the consumed bytes: rejects of the next part are numbered after them
};

/// The validators of a URL source's last imported 200 answer, sent back as conditional headers.
struct UrlValidators
{
    QString etag;         ///< sent as If-None-Match
    QString lastModified; ///< sent as If-Modified-Since

    bool operator==(const UrlValidators &) const = default;
};
