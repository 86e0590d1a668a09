#include "ui/models/mappingpreviewmodel.h"

#include "core/ingest/columnmapper.h"
#include "core/ingest/fielderror.h"
#include "core/ingest/nativepostmapper.h"
#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

MappingPreviewModel::MappingPreviewModel(TableSample sample, QObject *parent)
    : QAbstractTableModel(parent), m_sample(std::move(sample))
{
}

void MappingPreviewModel::setMapping(const ColumnMapping &mapping, const QString &platform)
{
    beginResetModel();
    m_rows.clear();
    const int n = int(qMin<qsizetype>(m_sample.rows.size(), kRows));
    IngestOptions options;
    options.platform = platform.isEmpty() ? mapping.platform : platform;
    Result<NativePostMapper> mapper = NativePostMapper::create(options);
    Result<ColumnMapper> columns = ColumnMapper::forColumns(mapping, m_sample.columns);
    for (int i = 0; i < n; ++i) {
        Row row;
        if (!columns.ok()) {
            row.problem = columns.error().message;
        } else {
            QStringList cells = m_sample.rows[i];
            Result<Post> post = columns.value().fromRow(cells, mapper.value());
            if (post.ok())
                row.post = std::move(post).value();
            else
                row.problem = fieldOf(post.error()).isEmpty() ? reasonOf(post.error())
                                                              : fieldOf(post.error()) + u": "_s + reasonOf(post.error());
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int MappingPreviewModel::goodRows() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.problem.isEmpty(); }));
}

int MappingPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (role == Qt::ForegroundRole && !row.problem.isEmpty())
        return QColor(0xB0, 0x00, 0x20);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (!row.problem.isEmpty())
        return index.column() == ProblemColumn ? row.problem : QVariant();
    const Post &p = row.post;
    switch (index.column()) {
    case PlatformColumn: return p.platform;
    case PostIdColumn: return p.postId;
    case CreatorColumn: return p.creatorName.isEmpty() || p.creatorName == p.creatorId ? p.creatorId
                                                                                      : p.creatorName + u" ("_s + p.creatorId + u')';
    case CreatedColumn: return uifmt::dateTime(p.createdAtMs);
    case TextColumn: return role == Qt::ToolTipRole ? p.text : p.text.simplified().left(60);
    case HashtagsColumn: return p.hashtags.join(u" "_s);
    case LikesColumn: return p.likes;
    case CommentsColumn: return p.comments;
    case SharesColumn: return p.shares;
    case ViewsColumn: return p.views ? QVariant(*p.views) : QVariant(tr("unknown"));
    case ProblemColumn: return QString();
    default: return {};
    }
}

QVariant MappingPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = {tr("Platform"), tr("Post id"),  tr("Creator"), tr("Created (UTC)"),
                                tr("Text"),     tr("Hashtags"), tr("Likes"),   tr("Comments"),
                                tr("Shares"),   tr("Views"),    tr("Problem")};
    return titles.value(section);
}
