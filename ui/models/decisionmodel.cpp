#include "ui/models/decisionmodel.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

DecisionModel::DecisionModel(QObject *parent) : QAbstractTableModel(parent) {}

void DecisionModel::setRun(std::shared_ptr<const RunResult> run, std::shared_ptr<const std::vector<int>> rows)
{
    m_announcing = true;
    beginResetModel();
    m_run = std::move(run);
    m_rows = std::move(rows);
    m_loaded = int(qMin<qsizetype>(totalRows(), m_pageSize));
    // Listeners of modelReset/rowsInserted may ask for more rows while the change is still being
    // announced; inserting then would nest two changes, so the next page waits for the next request.
    endResetModel();
    m_announcing = false;
}

qsizetype DecisionModel::totalRows() const
{
    if (!m_run)
        return 0;
    return m_rows ? qsizetype(m_rows->size()) : qsizetype(m_run->decisions.size());
}

int DecisionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

int DecisionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DecisionModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded < totalRows();
}

void DecisionModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_announcing)
        return;
    const int more = int(qMin<qsizetype>(totalRows() - m_loaded, m_pageSize));
    if (more <= 0)
        return;
    m_announcing = true;
    beginInsertRows({}, m_loaded, m_loaded + more - 1);
    m_loaded += more;
    endInsertRows();
    m_announcing = false;
}

const Decision *DecisionModel::decisionAt(int row, int *logIndex) const
{
    const int i = m_rows ? (*m_rows)[size_t(row)] : row;
    if (logIndex)
        *logIndex = i;
    return &m_run->decisions[size_t(i)];
}

QVariant DecisionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    int logIndex = 0;
    const Decision &d = *decisionAt(index.row(), &logIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn: return logIndex + 1;
        case StageColumn: return d.stage;
        case SubjectColumn: return d.subject;
        case RuleColumn: return d.rule;
        case OutcomeColumn: return d.outcome;
        case MessageColumn: return d.message;
        default: return {};
        }
    case Qt::ToolTipRole:
    case ValuesJsonRole:
        return QString::fromUtf8(QJsonDocument(d.values).toJson(QJsonDocument::Compact));
    case DecisionIndexRole:
        return logIndex;
    default:
        return {};
    }
}

QVariant DecisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = {u"#"_s, tr("Stage"), tr("Subject"), tr("Rule"), tr("Outcome"), tr("Message")};
    return titles.value(section);
}
