#include "ui/models/evidencemodel.h"

#include <cmath>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>

#include "ui/uiformat.h"

using namespace Qt::StringLiterals;

namespace {

// Children carry their section + 1 in the internal id; sections themselves carry 0.
constexpr quintptr kSectionId = 0;

QString jsonValueText(const QJsonValue &v)
{
    if (v.isDouble())
        return uifmt::number(v.toDouble());
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isNull() || v.isUndefined())
        return EvidenceModel::tr("undefined");
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString inputsText(const QJsonObject &inputs)
{
    QStringList parts;
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        parts.append(it.key() + u" = "_s + jsonValueText(it.value()));
    return parts.join(u", "_s);
}

} // namespace

EvidenceModel::EvidenceModel(QObject *parent) : QAbstractItemModel(parent) {}

void EvidenceModel::setTrend(const RunSnapshot &snapshot, const QString &trendId)
{
    beginResetModel();
    for (auto &rows : m_sections)
        rows.clear();
    m_trendId.clear();
    const ClusterResult *c = snapshot.findCluster(trendId);
    if (c) {
        m_trendId = trendId;
        const PipelineParams &p = snapshot.run->params;

        for (const FormulaTrace &f : c->formulas) {
            Row r;
            r.key = u"formula:"_s + f.name;
            r.item = f.name;
            // A label (lifecycle) reads as its note; an undefined number as "—".
            r.value = f.result ? uifmt::number(*f.result) : !f.note.isEmpty() && f.name == u"lifecycle" ? f.note
                                                                                                       : uifmt::undefined();
            r.raw = f.result ? QVariant(*f.result) : QVariant();
            r.detail = f.formula + u"   ←   "_s + inputsText(f.inputs);
            r.tooltip = f.formula + u"\n"_s + inputsText(f.inputs) + u"\n= "_s + r.value
                        + (f.note.isEmpty() ? QString() : u"\n"_s + f.note);
            if (!f.note.isEmpty())
                r.detail += u"   ("_s + f.note + u')';
            m_sections[MetricsSection].push_back(r);
        }
        if (!c->baselineCounts.isEmpty()) {
            Row r;
            r.key = u"baseline"_s;
            r.item = tr("baseline posts");
            QStringList counts;
            for (qsizetype k = 0; k < c->baselineCounts.size(); ++k) {
                const double adjusted = k < c->baselineAdjusted.size() ? c->baselineAdjusted.at(k) : qQNaN();
                QString text = uifmt::integer(c->baselineCounts.at(k));
                if (!std::isfinite(adjusted))
                    text += u' ' + tr("(uncovered)");
                else if (adjusted != double(c->baselineCounts.at(k)))
                    text += u" → "_s + uifmt::number(adjusted);
                counts.append(text);
            }
            r.value = u"μ "_s + uifmt::numberAgainst(c->baselineMean, 0) + u", σ "_s
                      + uifmt::numberAgainst(c->baselineStd, 0);
            r.raw = c->baselineMean ? QVariant(*c->baselineMean) : QVariant();
            r.detail = tr("per baseline window, oldest first (count → volume-adjusted): %1; current window: %2; "
                          "%3 of %4 windows covered; lifecycle %5")
                           .arg(counts.join(u", "_s), uifmt::integer(c->posts),
                                QString::number(c->coveredBaselineWindows), QString::number(c->baselineCounts.size()),
                                uifmt::lifecycleLabel(c->lifecycle));
            r.tooltip = uifmt::lifecycleTip(c->lifecycle);
            m_sections[MetricsSection].push_back(r);
        }

        for (const ValidationCheck &check : c->checks) {
            Row r;
            r.key = u"check:"_s + check.name;
            r.item = (check.passed ? u"✓ "_s : u"✗ "_s) + check.name;
            r.value = uifmt::numberAgainst(check.value, check.threshold);
            r.raw = check.value ? QVariant(*check.value) : QVariant();
            r.threshold = check.threshold;
            if (!check.value)
                r.detail = tr("undefined: %1 (needs ≥ %2)").arg(check.reason, uifmt::number(check.threshold));
            else
                r.detail = (check.passed ? u"≥ "_s : u"< "_s) + uifmt::numberAgainst(check.threshold, *check.value);
            r.state = check.passed ? 1 : 2;
            m_sections[ChecksSection].push_back(r);
        }

        for (const QString &tag : c->hashtags) {
            Row r;
            r.key = u"tag:"_s + tag;
            r.item = u"#"_s + c->displayOf(tag);
            r.detail = tag == c->anchor ? tr("anchor (most posts)") : QString();
            m_sections[TagsSection].push_back(r);
        }

        for (const ClusterEdge &e : c->edges) {
            Row r;
            r.key = u"edge:"_s + e.a + u'|' + e.b;
            r.item = c->displayOf(e.a) + u" — "_s + c->displayOf(e.b);
            r.value = u"J = "_s + uifmt::decimal(e.jaccard) + u", co = "_s + QString::number(e.cooccurrence);
            r.raw = e.jaccard;
            r.threshold = p.minJaccard;
            const bool passed = e.cooccurrence >= p.minCooccurrence && e.jaccard >= p.minJaccard;
            r.state = passed ? 1 : 2;
            r.detail = u"co "_s + QString::number(e.cooccurrence) + (e.cooccurrence >= p.minCooccurrence ? u" ≥ "_s : u" < "_s)
                       + QString::number(p.minCooccurrence) + u",  J "_s + uifmt::numberAgainst(e.jaccard, p.minJaccard)
                       + (e.jaccard >= p.minJaccard ? u" ≥ "_s : u" < "_s) + uifmt::numberAgainst(p.minJaccard, e.jaccard);
            m_sections[EdgesSection].push_back(r);
        }

        const std::vector<int> decisions = snapshot.decisionsFor(*c);
        for (size_t i = 0; i < decisions.size() && i < size_t(kMaxDecisionRows); ++i) {
            const Decision &d = snapshot.run->decisions[size_t(decisions[i])];
            Row r;
            r.key = u"decision:"_s + QString::number(decisions[i]);
            r.item = d.stage + u" · "_s + d.outcome;
            r.value = d.subject;
            r.detail = d.message;
            r.tooltip = d.rule + u"\n"_s + QString::fromUtf8(QJsonDocument(d.values).toJson(QJsonDocument::Compact));
            r.state = d.outcome == u"failed" || d.outcome == u"rejected" || d.outcome == u"dropped" ? 2 : 0;
            m_sections[DecisionsSection].push_back(r);
        }
        if (decisions.size() > size_t(kMaxDecisionRows)) {
            Row r;
            r.key = u"decision:more"_s;
            r.item = u"…"_s;
            r.detail = tr("%1 more on the Decisions page").arg(decisions.size() - size_t(kMaxDecisionRows));
            m_sections[DecisionsSection].push_back(r);
        }
    }
    endResetModel();
}

QModelIndex EvidenceModel::findKey(const QString &key) const
{
    for (int s = 0; s < SectionCount; ++s) {
        const auto &rows = m_sections[s];
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].key == key)
                return createIndex(int(i), 0, quintptr(s + 1));
        }
    }
    return {};
}

QModelIndex EvidenceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSectionId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EvidenceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionId);
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_trendId.isEmpty() ? 0 : SectionCount;
    if (parent.internalId() != kSectionId || parent.column() != 0)
        return 0;
    return int(m_sections[parent.row()].size());
}

int EvidenceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSectionId) {
        const QStringList titles = {tr("Metrics"), tr("Checks"), tr("Tags"), tr("Edges"), tr("Decisions")};
        if (role == Qt::DisplayRole && index.column() == ItemColumn)
            return QString(titles.value(index.row()) + u"  ("_s + QString::number(m_sections[index.row()].size()) + u')');
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const Row &r = m_sections[index.internalId() - 1][size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn: return r.item;
        case ValueColumn: return r.value;
        case DetailColumn: return r.detail;
        default: return {};
        }
    case Qt::ToolTipRole:
        return r.tooltip.isEmpty() ? r.detail : r.tooltip;
    case Qt::ForegroundRole:
        if (index.column() == ItemColumn && r.state == 1)
            return QBrush(QColor(0x2E, 0x8B, 0x57));
        if (index.column() == ItemColumn && r.state == 2)
            return QBrush(QColor(0xD6, 0x3B, 0x2F));
        return {};
    case RawValueRole:
        return r.raw;
    case KeyRole:
        return r.key;
    case ThresholdRole:
        return r.threshold;
    case PassedRole:
        return r.state == 0 ? QVariant() : QVariant(r.state == 1);
    default:
        return {};
    }
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    const QStringList titles = {tr("Item"), tr("Value"), tr("Formula / threshold / message")};
    return titles.value(section);
}
