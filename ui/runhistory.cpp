#include "ui/runhistory.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

std::optional<HistoryMark::Kind> kindFromName(const QString &name)
{
    if (name == u"pinned"_s)
        return HistoryMark::Kind::Pinned;
    if (name == u"scheduled"_s)
        return HistoryMark::Kind::Scheduled;
    if (name == u"alert"_s)
        return HistoryMark::Kind::Alert;
    return std::nullopt;
}

} // namespace

QString RunHistory::kindName(HistoryMark::Kind kind)
{
    switch (kind) {
    case HistoryMark::Kind::Pinned:
        return u"pinned"_s;
    case HistoryMark::Kind::Scheduled:
        return u"scheduled"_s;
    case HistoryMark::Kind::Alert:
        return u"alert"_s;
    }
    return {};
}

RunHistory RunHistory::fromValue(const QString &json)
{
    RunHistory history;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const std::optional<HistoryMark::Kind> kind = kindFromName(entry.value(u"kind"_s).toString());
        if (!kind || it.key().isEmpty())
            continue;
        history.m_marks.insert(it.key(), HistoryMark{*kind, entry.value(u"note"_s).toString(),
                                                     qint64(entry.value(u"marked_at"_s).toDouble())});
    }
    return history;
}

QString RunHistory::toValue() const
{
    QJsonObject object;
    for (auto it = m_marks.begin(); it != m_marks.end(); ++it) {
        QJsonObject entry{{u"kind"_s, kindName(it->kind)}, {u"marked_at"_s, double(it->markedAtMs)}};
        if (!it->note.isEmpty())
            entry.insert(u"note"_s, it->note);
        object.insert(it.key(), entry);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void RunHistory::mark(const QString &runId, HistoryMark::Kind kind, qint64 atMs)
{
    auto it = m_marks.find(runId);
    if (it == m_marks.end()) {
        m_marks.insert(runId, HistoryMark{kind, {}, atMs});
        return;
    }
    if (it->kind == HistoryMark::Kind::Pinned)
        return; // pinned stays pinned
    it->kind = kind;
    it->markedAtMs = atMs;
}

void RunHistory::setNote(const QString &runId, const QString &note)
{
    if (auto it = m_marks.find(runId); it != m_marks.end())
        it->note = note.trimmed();
}

void RunHistory::remove(const QString &runId)
{
    m_marks.remove(runId);
}

QStringList RunHistory::pinned() const
{
    QStringList ids;
    for (auto it = m_marks.begin(); it != m_marks.end(); ++it) {
        if (it->kind == HistoryMark::Kind::Pinned)
            ids.append(it.key());
    }
    return ids;
}
