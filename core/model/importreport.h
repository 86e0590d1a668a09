#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

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

    friend bool operator==(const RejectedRecord &, const RejectedRecord &) = default;
};

/// Rejects that share a field and a kind of reason ("created_at: not a time: \"…\""), counted,
/// with the lines of the first few: what a person reads instead of thousands of repeated lines.
struct RejectGroup
{
    QString field;
    QString reason;          ///< the reason with quoted values replaced by "…" (see reasonKind())
    QString example;         ///< the first reject's own reason, values included
    qint64 count = 0;
    QList<qint64> firstLines; ///< up to kKeptLines lines (or record indexes, when lines are unknown)
    bool byIndex = false;     ///< firstLines holds 0-based record indexes, not lines

    static constexpr int kKeptLines = 5;

    /// "created_at: not a time: \"…\" — 1,234 records (lines 3, 7, 9, 12, 15, …)"
    QString toString() const;
    /// "lines 3, 7, 9, 12, 15, …" (or "records 0, 4, …" when lines are unknown)
    QString whereText() const;

    /// `reason` with every "quoted value" replaced by "…", so that rejects for different values
    /// of the same problem fall into one group.
    static QString reasonKind(const QString &reason);
};

/// What one import did. Counts are records, not bytes; `read = accepted + rejected`. Comments
/// (records of a comments file) are neither: they are counted apart and never imported.
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
    /// Comment records seen (MediaCrawler `*_comments`, Zeeschuimer `*-comments`, Apify TikTok
    /// comments): not imported.
    qint64 comments = 0;
    qint64 commentedPosts = 0; ///< distinct posts those comments belong to
    qint64 unreadLines = 0; ///< CSV lines that could not be parsed (a broken quote); each is also a reject
    QString mapping;        ///< the column mapping read with ("" = none; a saved one's name, or "given")
    QMap<QString, qint64> perFormat; ///< records per detected format (a 4CAT file can mix shapes)
    QList<RejectedRecord> rejects;   ///< the first `kMaxKeptRejects` rejects; `rejected` counts all
    QList<RejectGroup> rejectGroups; ///< every reject, grouped by field and kind of reason, in order of first sight
    qint64 duplicatesInFile = 0;     ///< accepted posts that repeat an earlier post of the same file (merged)
    QString encoding;                ///< the text encoding read ("UTF-8", "GB18030", …), sniffed or given
    qint64 textRepairs = 0;          ///< invalid byte sequences replaced by U+FFFD while decoding
    QStringList firstTextRepairs;    ///< where the first few were: "line 500, byte 57"
    qint64 elapsedMs = 0;
    bool cancelled = false;

    /// Enough for the analyst to save the list of a badly damaged file; more would only cost memory.
    static constexpr int kMaxKeptRejects = 100000;
    static constexpr int kMaxGroups = 200; ///< further kinds of reason are counted under the last group

    /// "1,794 comments of 318 posts: comments are not imported", or empty when there were none.
    QString commentsNote() const;

    /// Counts `r`, keeps it when there is room and adds it to its group.
    void addReject(RejectedRecord r);

    /// "3 invalid UTF-8 byte sequences replaced by U+FFFD (line 500, byte 57; …)", or empty.
    QString textRepairSummary() const;
};
