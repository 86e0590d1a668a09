#pragma once

#include <QString>

/// One entry of `poll.sources`: a folder watched for new capture files, or a URL fetched
/// periodically. In YAML, `- folder: ~/captures` or `- url: https://host/feed.ndjson`, each with
/// optional `interval_s`, `timeout_s` and `max_bytes`.
struct PollSource
{
    QString kind;                           ///< "folder" or "url"
    QString path;                           ///< the folder (kind "folder"), "~/" expanded
    QString url;                            ///< http(s) URL (kind "url")
    int intervalS = 60;                     ///< seconds between polls; poll.interval_s when not given
    int timeoutS = 30;                      ///< per request (url) or per file read
    qint64 maxBytes = 64LL * 1024 * 1024;   ///< larger downloads/files are refused

    bool operator==(const PollSource &) const = default;
};
