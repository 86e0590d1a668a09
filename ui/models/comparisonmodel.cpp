#include "ui/models/comparisonmodel.h"

#include <QColor>

#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

namespace {

QString urgencyText(const QString &urgency)
{
    return urgency.isEmpty() ? uifmt::undefined() : uifmt::urgencyLabel(urgency);
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComparisonModel::setComparison(RunComparison comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

QString ComparisonModel::badge(const TrendChange &change)
{
    switch (change.status) {
    case TrendChange::Status::New:
        return tr("new");
    case TrendChange::Status::Gone:
        return tr("gone");
    case TrendChange::Status::Kept:
        break;
    }
    const int delta = change.rankChange().value_or(0);
    if (delta > 0)
        return u"▲ %1"_s.arg(delta);
    if (delta < 0)
        return u"▼ %1"_s.arg(-delta);
    return u"="_s;
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.trends.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::display(const TrendChange &c, int column) const
{
    const bool gone = c.status == TrendChange::Status::Gone;
    switch (column) {
    case RankColumn:
        return gone ? QVariant(uifmt::undefined()) : QVariant(c.rank);
    case ChangeColumn:
        return badge(c);
    case TrendColumn:
        return QString(u"#"_s + (c.anchorDisplay.isEmpty() ? c.anchor : c.anchorDisplay));
    case GrowthColumn:
        return gone ? tr("was %1").arg(uifmt::ratio(c.previousGrowth)) : uifmt::ratio(c.growth);
    case GrowthChangeColumn: {
        const std::optional<double> d = c.growthChange();
        if (!d)
            return uifmt::undefined();
        return QString((*d >= 0 ? u"+"_s : u"−"_s) + uifmt::ratio(std::abs(*d)));
    }
    case UrgencyColumn:
        if (c.status == TrendChange::Status::Kept && c.previousUrgency != c.urgency)
            return tr("%1 → %2").arg(urgencyText(c.previousUrgency), urgencyText(c.urgency));
        return urgencyText(gone ? c.previousUrgency : c.urgency);
    case ChecksColumn:
        if (!gone)
            return QString();
        if (!c.stillCluster)
            return tr("no longer a cluster");
        return c.failedChecks.isEmpty() ? tr("passes every check, ranked out")
                                        : tr("fails %1").arg(c.failedChecks.join(u", "_s));
    default:
        return {};
    }
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrendChange &c = m_comparison.trends[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case TrendIdRole:
        return c.trendId;
    case StatusRole:
        return runjson::statusName(c.status);
    case RankChangeRole:
        return c.rankChange() ? QVariant(*c.rankChange()) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() != ChangeColumn)
            return {};
        if (c.status == TrendChange::Status::New)
            return QColor(0x1E, 0x6F, 0xD9);
        if (c.status == TrendChange::Status::Gone)
            return QColor(0x75, 0x75, 0x75);
        if (c.rankChange().value_or(0) > 0)
            return QColor(0x2E, 0x7D, 0x32);
        if (c.rankChange().value_or(0) < 0)
            return QColor(0xC6, 0x28, 0x28);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TrendColumn || index.column() == ChecksColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignCenter);
    case Qt::ToolTipRole:
        if (c.status == TrendChange::Status::Kept)
            return tr("Rank %1, was %2").arg(c.rank).arg(c.previousRank);
        return {};
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case ChangeColumn:
        return tr("Change");
    case TrendColumn:
        return tr("Trend");
    case GrowthColumn:
        return tr("Growth");
    case GrowthChangeColumn:
        return tr("Growth change");
    case UrgencyColumn:
        return tr("Urgency");
    case ChecksColumn:
        return tr("Checks failed now");
    default:
        return {};
    }
}
