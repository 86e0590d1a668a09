#include "ui/models/clustermodel.h"

#include <limits>

#include <QBrush>
#include <QColor>

#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

namespace {

const ValidationCheck *findCheck(const ClusterResult &c, const QString &name)
{
    for (const ValidationCheck &check : c.checks) {
        if (check.name == name)
            return &check;
    }
    return nullptr;
}

QStringList failedChecks(const ClusterResult &c)
{
    QStringList out;
    for (const ValidationCheck &check : c.checks) {
        if (!check.passed)
            out.append(check.name);
    }
    return out;
}

} // namespace

ClusterModel::ClusterModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClusterModel::setRun(std::shared_ptr<const RunResult> run)
{
    beginResetModel();
    m_run = std::move(run);
    endResetModel();
}

int ClusterModel::rowOf(const QString &trendId) const
{
    if (!m_run)
        return -1;
    for (int i = 0; i < m_run->clusters.size(); ++i) {
        if (m_run->clusters[i].trendId == trendId)
            return i;
    }
    return -1;
}

const ClusterResult *ClusterModel::clusterAt(int row) const
{
    return m_run && row >= 0 && row < m_run->clusters.size() ? &m_run->clusters[row] : nullptr;
}

QString ClusterModel::checkForColumn(int column)
{
    switch (column) {
    case CreatorsColumn: return u"unique_creators"_s;
    case DiversityColumn: return u"creator_diversity"_s;
    case PlatformsColumn: return u"platforms"_s;
    case RegionsColumn: return u"regions"_s;
    case GrowthColumn: return u"growth"_s;
    case SignificanceColumn: return u"significance"_s;
    default: return {};
    }
}

int ClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_run ? 0 : int(m_run->clusters.size());
}

int ClusterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterModel::display(const ClusterResult &c, int column) const
{
    switch (column) {
    case RankColumn: return c.rank > 0 ? QVariant(c.rank) : QVariant(u"—"_s);
    case TitleColumn: return c.title.isEmpty() ? QString(u"#"_s + c.anchorDisplay()) : c.title;
    case StatusColumn: {
        if (c.isTrend)
            return tr("✓ trend");
        const QStringList failed = failedChecks(c);
        return failed.isEmpty() ? u"✗"_s : QString(u"✗ "_s + failed.join(u", "_s));
    }
    case PostsColumn: return uifmt::integer(c.posts);
    case CreatorsColumn: return uifmt::integer(c.uniqueCreators);
    case DiversityColumn: return uifmt::decimal(c.creatorDiversity);
    case PlatformsColumn: return c.platforms.join(u", "_s);
    case RegionsColumn: return c.regions.join(u", "_s);
    case GrowthColumn: return uifmt::ratio(c.growth);
    case SurgeColumn: return uifmt::optionalDecimal(c.surgeZ, 1);
    case SignificanceColumn: return uifmt::optionalDecimal(c.significance, 1);
    case VelocityColumn: return QString(uifmt::count(qint64(c.velocity)) + u"/h"_s);
    case EngagementRateColumn: return c.engagementRate ? uifmt::percent(*c.engagementRate) : tr("undefined");
    case HealthColumn: return uifmt::decimal(c.health);
    case ConfidenceColumn: return uifmt::decimal(c.confidence);
    case UrgencyColumn: return c.isTrend ? uifmt::urgencyLabel(c.urgency) : QString();
    case LifecycleColumn: return uifmt::lifecycleLabel(c.lifecycle);
    case TagsColumn: return c.hashtags.size();
    default: return {};
    }
}

QVariant ClusterModel::sortValue(const ClusterResult &c, int column) const
{
    switch (column) {
    // Non-trends sort after every ranked tile in ascending order.
    case RankColumn: return c.rank > 0 ? c.rank : std::numeric_limits<int>::max();
    case TitleColumn: return c.anchor;
    case StatusColumn: return c.isTrend ? 0 : int(failedChecks(c).size());
    case PostsColumn: return c.posts;
    case CreatorsColumn: return c.uniqueCreators;
    case DiversityColumn: return c.creatorDiversity;
    case PlatformsColumn: return int(c.platforms.size());
    case RegionsColumn: return int(c.regions.size());
    // Undefined (no baseline data) sorts below every defined value.
    case GrowthColumn: return c.growth.value_or(-std::numeric_limits<double>::infinity());
    case SurgeColumn: return c.surgeZ.value_or(-std::numeric_limits<double>::infinity());
    case SignificanceColumn: return c.significance.value_or(-std::numeric_limits<double>::infinity());
    case VelocityColumn: return c.velocity;
    case EngagementRateColumn: return c.engagementRate.value_or(-1.0);
    case HealthColumn: return c.health;
    case ConfidenceColumn: return c.confidence;
    case UrgencyColumn: return c.urgency == u"act_now" ? 3 : c.urgency == u"prepare" ? 2 : c.urgency == u"monitor" ? 1 : 0;
    case LifecycleColumn:
        return c.lifecycle == u"rising" ? 4 : c.lifecycle == u"new" ? 3 : c.lifecycle == u"steady" ? 2 : c.lifecycle == u"peaked" ? 1 : 0;
    case TagsColumn: return int(c.hashtags.size());
    default: return {};
    }
}

QVariant ClusterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterResult &c = m_run->clusters[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(c, column);
    case SortRole:
        return sortValue(c, column);
    case TrendIdRole:
        return c.trendId;
    case IsTrendRole:
        return c.isTrend;
    case FailedChecksRole:
        return failedChecks(c);
    case SearchTextRole:
        return QString(c.hashtags.join(u' ') + u' ' + c.displayHashtags().join(u' ')).toLower();
    case Qt::TextAlignmentRole:
        return column == TitleColumn || column == StatusColumn || column == PlatformsColumn || column == RegionsColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        if (column == UrgencyColumn && c.isTrend)
            return QBrush(uifmt::urgencyColor(c.urgency));
        const ValidationCheck *check = findCheck(c, checkForColumn(column));
        if ((check && !check->passed) || (column == StatusColumn && !c.isTrend))
            return QBrush(QColor(0xD6, 0x3B, 0x2F));
        return {};
    }
    case Qt::ToolTipRole: {
        if (column == TagsColumn || column == TitleColumn)
            return c.displayHashtags().join(u"  "_s);
        if (column == LifecycleColumn)
            return uifmt::lifecycleTip(c.lifecycle);
        const ValidationCheck *check = findCheck(c, checkForColumn(column));
        if (check && !check->value)
            return tr("✗ %1 undefined: %2").arg(check->name, check->reason);
        if (check) {
            return QString((check->passed ? u"✓ "_s : u"✗ "_s) + check->name + u' '
                           + uifmt::numberAgainst(check->value, check->threshold) + (check->passed ? u" ≥ "_s : u" < "_s)
                           + uifmt::numberAgainst(check->threshold, *check->value));
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant ClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = {tr("Rank"),     tr("Cluster"), tr("Status"),       tr("Posts"),
                                tr("Creators"), tr("Diversity"), tr("Platforms"),  tr("Regions"),
                                tr("Growth"),   tr("Surge z"), tr("Significance"), tr("Velocity"),
                                tr("Eng. rate"), tr("Health"), tr("Confidence"),   tr("Urgency"),
                                tr("Lifecycle"), tr("Tags")};
    if (role == Qt::DisplayRole)
        return titles.value(section);
    if (role == Qt::ToolTipRole) {
        const QString check = checkForColumn(section);
        return check.isEmpty() ? QVariant() : QVariant(tr("Validation check: %1").arg(check));
    }
    return {};
}
