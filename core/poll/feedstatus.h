#pragma once

#include <QString>

/// What the app and the server show about one polled source: a snapshot, copied freely.
/// Times are milliseconds since the epoch (UTC); 0 means "never".
struct FeedStatus
{
    QString id;    ///< stable key: "folder:<absolute path>" or "url:<url>" (see sourceId())
    QString label; ///< the folder path or the URL, for people
    QString kind;  ///< "folder" or "url"
    qint64 lastAttemptMs = 0;
    qint64 lastSuccessMs = 0;
    QString lastError;        ///< empty after a successful poll
    qint64 postsImported = 0; ///< posts accepted since the poller started (inserted + updated)
    qint64 postsRejected = 0; ///< records rejected since the poller started
    int filesSeen = 0;        ///< folder: candidate files at the last scan; url: 0
    qint64 nextPollMs = 0;    ///< when the next poll is due; 0 while polling or stopped
    int consecutiveFailures = 0;
    bool busy = false; ///< a poll (fetch or import) is in flight

    bool operator==(const FeedStatus &) const = default;
};
