#include "ui/models/tilemodel.h"

#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

TileModel::TileModel(QObject *parent) : QAbstractListModel(parent) {}

void TileModel::setRun(std::shared_ptr<const RunResult> run)
{
    beginResetModel();
    m_run = std::move(run);
    m_tiles.clear();
    if (m_run) {
        for (const ClusterResult &c : m_run->clusters) {
            if (c.isTrend)
                m_tiles.append(&c);
        }
        std::stable_sort(m_tiles.begin(), m_tiles.end(),
                         [](const ClusterResult *a, const ClusterResult *b) { return a->rank < b->rank; });
    }
    endResetModel();
}

int TileModel::rowOf(const QString &trendId) const
{
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (m_tiles[i]->trendId == trendId)
            return i;
    }
    return -1;
}

const ClusterResult *TileModel::clusterAt(int row) const
{
    return row >= 0 && row < m_tiles.size() ? m_tiles[row] : nullptr;
}

int TileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiles.size());
}

QVariant TileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterResult &c = *m_tiles[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.title.isEmpty() ? QString(u"#"_s + c.anchorDisplay()) : c.title;
    case Qt::ToolTipRole:
        return c.insight;
    case Qt::AccessibleTextRole:
        return tr("%1, rank %2: %3").arg(uifmt::urgencyLabel(c.urgency), QString::number(c.rank), c.title);
    case TrendIdRole:
        return c.trendId;
    case RankRole:
        return c.rank;
    case AnchorRole:
        return c.anchor;
    case HashtagsRole:
        return c.hashtags;
    case AnchorDisplayRole:
        return c.anchorDisplay();
    case HashtagsDisplayRole:
        return c.displayHashtags();
    case UrgencyRole:
        return c.urgency;
    case HealthRole:
        return c.health;
    case ConfidenceRole:
        return c.confidence;
    case GrowthRole:
        return c.growth ? QVariant(*c.growth) : QVariant();
    case LifecycleRole:
        return c.lifecycle;
    case CoveredBaselineWindowsRole:
        return c.coveredBaselineWindows;
    case VelocityRole:
        return c.velocity;
    case EngagementRateRole:
        return c.engagementRate ? QVariant(*c.engagementRate) : QVariant();
    case CreatorsRole:
        return c.uniqueCreators;
    case PostsRole:
        return c.posts;
    case PlatformsRole:
        return c.platforms;
    case RegionsRole:
        return c.regions;
    case FirstSeenRole:
        return c.firstSeenMs;
    case LastSeenRole:
        return c.lastSeenMs;
    case InsightRole:
        return c.insight;
    case RecommendationRole:
        return c.recommendation;
    case SparklineRole: {
        // The hourly series covers baseline + window; the card shows the window's hours only.
        const int windowHours = m_run ? m_run->params.windowHours : 24;
        const qsizetype from = qMax<qsizetype>(0, c.hourlyPosts.size() - windowHours);
        return QVariant::fromValue(c.hourlyPosts.mid(from));
    }
    case SearchTextRole:
        return QString(c.hashtags.join(u' ') + u' ' + c.displayHashtags().join(u' ') + u' ' + c.title).toLower();
    default:
        return {};
    }
}

QHash<int, QByteArray> TileModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TrendIdRole, "trendId");
    names.insert(RankRole, "rank");
    names.insert(TitleRole, "title");
    names.insert(UrgencyRole, "urgency");
    names.insert(GrowthRole, "growth");
    return names;
}
