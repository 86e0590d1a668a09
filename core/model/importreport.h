#pragma once

#include <QList>
#include <QMap>
#include <QString>

/// A record that could not be imported: where, which field, why. Shown to the analyst verbatim.
struct RejectedRecord
{
    QString file;
    qint64 line = 0;   ///< 1-based line (NDJSON/CSV: physical line where the record starts; JSON: best effort)
    qint64 index = -1; ///< 0-based record index within the batch/file, where that is the natural address
    QString field;     ///< e.g. "created_at"; empty when the whole record is unreadable
    QString reason;

    /// "posts.ndjson:12: created_at: not a time: \"yesterday\""
    QString toString() const;
};

/// What one import did. Counts are records, not bytes; `read = accepted + rejected`.
struct ImportReport
{
    QString file;
    QString format; ///< detected reader id, e.g. "native-ndjson", "zeeschuimer-tiktok"
    qint64 read = 0;
    qint64 accepted = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 rejected = 0;
    qint64 unknownViews = 0;
    qint64 approximateTimes = 0;
    qint64 unreadLines = 0; ///< CSV lines that could not be parsed (a broken quote); each is also a reject
    QString mapping;        ///< the column mapping read with ("" = none; a saved one's name, or "given")
    QMap<QString, qint64> perFormat; ///< records per detected format (a 4CAT file can mix shapes)
    QList<RejectedRecord> rejects;   ///< the first `kMaxKeptRejects` rejects; `rejected` counts all
    qint64 elapsedMs = 0;
    bool cancelled = false;

    static constexpr int kMaxKeptRejects = 1000;

    void addReject(RejectedRecord r)
    {
        ++rejected;
        if (rejects.size() < kMaxKeptRejects)
            rejects.append(std::move(r));
    }
};
