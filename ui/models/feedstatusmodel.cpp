#include "ui/models/feedstatusmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

#include "core/poll/sourceid.h"
#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

namespace {

QString timeText(qint64 ms)
{
    return ms > 0 ? uifmt::dateTime(ms) : QString();
}

QString exactTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(Qt::ISODate);
}

} // namespace

FeedStatusModel::FeedStatusModel(QObject *parent) : QAbstractTableModel(parent) {}

void FeedStatusModel::setSources(const QList<PollSource> &sources)
{
    beginResetModel();
    m_sources = sources;
    m_ids.clear();
    for (const PollSource &source : sources)
        m_ids.append(poll::sourceId(source));
    endResetModel();
}

void FeedStatusModel::setStatus(const QList<FeedStatus> &status)
{
    m_status.clear();
    for (const FeedStatus &s : status)
        m_status.insert(s.id, s);
    if (!m_sources.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

FeedStatus FeedStatusModel::statusAt(int row) const
{
    const QString id = m_ids.value(row);
    FeedStatus blank;
    blank.id = id;
    return m_status.value(id, blank);
}

int FeedStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int FeedStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PollSource &source = m_sources[index.row()];
    const bool known = m_status.contains(m_ids[index.row()]);
    const FeedStatus status = statusAt(index.row());
    if (role == SourceIdRole)
        return status.id;
    if (role == Qt::ForegroundRole && index.column() == LastErrorColumn && !status.lastError.isEmpty())
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() == PostsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SourceColumn:
            if (source.kind == u"folder"_s)
                return tr("%1\n%2 file(s) at the last scan; every %3 s").arg(source.path)
                    .arg(status.filesSeen)
                    .arg(source.intervalS);
            return tr("%1\nevery %2 s, timeout %3 s, at most %4 bytes").arg(source.url)
                .arg(source.intervalS)
                .arg(source.timeoutS)
                .arg(source.maxBytes);
        case LastSuccessColumn:
            return status.lastSuccessMs > 0 ? exactTime(status.lastSuccessMs) : QVariant();
        case LastErrorColumn:
            if (status.lastError.isEmpty())
                return {};
            return tr("%1\n%2 failure(s) in a row; last attempt %3").arg(status.lastError)
                .arg(status.consecutiveFailures)
                .arg(exactTime(status.lastAttemptMs));
        case PostsColumn:
            return tr("%1 imported, %2 rejected since the app started").arg(uifmt::integer(status.postsImported),
                                                                           uifmt::integer(status.postsRejected));
        case NextPollColumn:
            return status.nextPollMs > 0 ? exactTime(status.nextPollMs) : QVariant();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return source.kind == u"folder"_s ? tr("Folder") : tr("URL");
    case SourceColumn:
        return source.kind == u"folder"_s ? source.path : source.url;
    case LastSuccessColumn:
        if (!known)
            return tr("not polled yet");
        return status.lastSuccessMs > 0 ? timeText(status.lastSuccessMs) : tr("never");
    case LastErrorColumn:
        return status.lastError;
    case PostsColumn:
        return uifmt::integer(status.postsImported);
    case NextPollColumn:
        if (status.busy)
            return tr("polling…");
        if (status.nextPollMs <= 0)
            return known ? tr("stopped") : QString();
        return status.consecutiveFailures > 0 ? tr("%1 (backing off)").arg(timeText(status.nextPollMs))
                                              : timeText(status.nextPollMs);
    default:
        return {};
    }
}

QVariant FeedStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = {tr("Kind"),       tr("Folder or URL"), tr("Last success"),
                                tr("Last error"), tr("Posts"),         tr("Next poll")};
    return titles.value(section);
}
