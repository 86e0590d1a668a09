#pragma once

#include <vector>

#include <QAbstractItemModel>
#include <QList>
#include <QVariant>

#include "ui/runsnapshot.h"

/// The evidence chain of one trend as a two-level tree, in the order the pipeline decided:
/// Metrics (formula = inputs = result), Checks (value vs threshold, ✓/✗), Tags, Edges
/// (co-occurrence and Jaccard against the thresholds), Decisions. Top posts have their own table.
/// RawValueRole carries the unformatted number so a test can compare it with the API's JSON.
class EvidenceModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceModel)

public:
    enum Section { MetricsSection, ChecksSection, TagsSection, EdgesSection, DecisionsSection, SectionCount };
    enum Column { ItemColumn, ValueColumn, DetailColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, ///< double (metric result, check value) or invalid when undefined
        KeyRole,                          ///< "formula:velocity", "check:growth", "tag:matcha", "edge:a|b", "decision:17"
        ThresholdRole,                    ///< checks and edges: the threshold the value was compared with
        PassedRole,                       ///< checks and edges: bool
    };

    /// Decisions listed per trend; the rest are on the Decisions page.
    static constexpr int kMaxDecisionRows = 500;

    explicit EvidenceModel(QObject *parent = nullptr);

    /// Shows `trendId` of the snapshot; an unknown id empties the model.
    void setTrend(const RunSnapshot &snapshot, const QString &trendId);
    QString trendId() const { return m_trendId; }

    /// Index of the row with this key (e.g. "formula:velocity"), for tests and for "show me" links.
    QModelIndex findKey(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QString item;
        QString value;
        QString detail;
        QString tooltip;
        QVariant raw;
        QVariant threshold;
        int state = 0; ///< 0 = neutral, 1 = passed, 2 = failed
    };

    std::vector<Row> m_sections[SectionCount];
    QString m_trendId;
};
