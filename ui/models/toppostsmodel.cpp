#include "ui/models/toppostsmodel.h"

#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

TopPostsModel::TopPostsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TopPostsModel::setPosts(const QList<TopPost> &posts)
{
    beginResetModel();
    m_posts = posts;
    endResetModel();
}

int TopPostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

int TopPostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopPostsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopPost &p = m_posts[index.row()];
    if (role == UrlRole)
        return p.url;
    if (role == Qt::ToolTipRole) {
        return p.text.isEmpty() ? p.postId : QString(p.text + (p.url.isEmpty() ? QString() : QString(u"\n"_s + p.url)));
    }
    if (role == SortRole) {
        switch (index.column()) {
        case EngagementColumn: return p.engagement;
        case LikesColumn: return p.likes;
        case CommentsColumn: return p.comments;
        case SharesColumn: return p.shares;
        case ViewsColumn: return p.views.value_or(-1);
        case TimeColumn: return p.createdAtMs;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() >= EngagementColumn && index.column() <= ViewsColumn;
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PlatformColumn: return p.platform;
    case CreatorColumn: return p.creatorName.isEmpty() ? p.creatorId : QString(u"@"_s + p.creatorName);
    case TextColumn: {
        // One line in the table; the tooltip has the whole text.
        QString text = p.text.isEmpty() ? p.postId : p.text;
        text.replace(u'\n', u' ');
        return text.size() > 140 ? QString(text.left(139) + u"…"_s) : text;
    }
    case EngagementColumn: return uifmt::count(p.engagement);
    case LikesColumn: return uifmt::count(p.likes);
    case CommentsColumn: return uifmt::count(p.comments);
    case SharesColumn: return uifmt::count(p.shares);
    case ViewsColumn: return p.views ? uifmt::count(*p.views) : tr("unknown");
    case RegionColumn: return p.region;
    case TimeColumn: return uifmt::dateTime(p.createdAtMs);
    default: return {};
    }
}

QVariant TopPostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = {tr("Platform"), tr("Creator"),  tr("Text"),   tr("Engagement"), tr("♥ Likes"),
                                tr("Comments"), tr("Shares"),   tr("Views"),  tr("Region"),     tr("Time (UTC)")};
    return titles.value(section);
}
