#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include "core/storage/runqueries.h"

/// Why a stored run is in the history.
struct HistoryMark
{
    enum class Kind {
        Pinned,    ///< Run → Pin this run
        Scheduled, ///< a scheduled discovery while live feeds were on
        Alert,     ///< a run shown on screen that raised an alert (kept so the alert can open it)
    };
    Kind kind = Kind::Pinned;
    QString note;          ///< the analyst's label, optional
    qint64 markedAtMs = 0; ///< wall clock of pinning (or storing)
};

/// One row of Run → History…: the stored run's summary and why it is kept.
struct HistoryEntry
{
    RunSummary summary;
    HistoryMark mark;
};

/// The project's run history: which stored runs (RunStore) the analyst pinned, which the schedule stored, and
/// their notes. Kept in the project's own settings (ProjectStore key "history") as JSON,
/// {"<run_id>": {"kind": "pinned"|"scheduled"|"alert", "note": "…", "marked_at": ms}}; reading is forgiving
/// (an entry of an unknown kind is skipped, not the whole list).
class RunHistory
{
public:
    static constexpr const char16_t *kKey = u"history";

    static RunHistory fromValue(const QString &json);
    QString toValue() const;

    /// Marks `runId`. A pinned run stays pinned when it is stored again by the schedule; a note is kept.
    void mark(const QString &runId, HistoryMark::Kind kind, qint64 atMs);
    void setNote(const QString &runId, const QString &note);
    /// Forgets `runId` (unpin); the stored run itself stays in the database (the API can still name it).
    void remove(const QString &runId);

    bool contains(const QString &runId) const { return m_marks.contains(runId); }
    HistoryMark markOf(const QString &runId) const { return m_marks.value(runId); }
    QStringList runIds() const { return m_marks.keys(); }
    /// The pinned runs only.
    QStringList pinned() const;
    int size() const { return int(m_marks.size()); }

    static QString kindName(HistoryMark::Kind kind);

private:
    QMap<QString, HistoryMark> m_marks;
};
