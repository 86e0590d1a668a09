#pragma once

#include <QWidget>

#include "ui/runsnapshot.h"

class EvidenceModel;
class QLabel;
class QTableView;
class QTreeView;
class TopPostsModel;

/// The proof of the selected trend, top to bottom in the order the pipeline decided: insight and
/// recommendation, metrics (formula = inputs = result), checks ✓/✗ with thresholds, tags and
/// edges, decisions, and the top posts (double-click opens the post).
class EvidencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePanel)

public:
    explicit EvidencePanel(QWidget *parent = nullptr);

    void setSnapshot(const RunSnapshot &snapshot);
    void setTrend(const QString &trendId);
    QString trendId() const { return m_trendId; }
    const RunSnapshot &snapshot() const { return m_snapshot; }

    EvidenceModel *evidenceModel() const { return m_evidence; }
    TopPostsModel *topPostsModel() const { return m_posts; }
    QTreeView *evidenceView() const { return m_tree; }
    QTableView *postsView() const { return m_postsView; }

protected:
    bool event(QEvent *event) override;

Q_SIGNALS:
    /// A post was double-clicked; the window opens it (kept out of here so tests can watch it).
    void openPostRequested(const QString &url);
    /// "All decisions…": show the Decisions page filtered to this subject.
    void showDecisionsRequested(const QString &subject);

private:
    void refresh();
    void paintNextTurn();

    RunSnapshot m_snapshot;
    QString m_trendId;
    EvidenceModel *m_evidence;
    TopPostsModel *m_posts;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_insight;
    QLabel *m_recommendation;
    QLabel *m_postsTitle;
    QTreeView *m_tree;
    QTableView *m_postsView;
};
