#pragma once

#include <QJsonObject>
#include <QWidget>

#include "ui/runsnapshot.h"

class QComboBox;
class QLabel;
class QLineEdit;
class EmptyProject;
class QListView;
class TileFilterProxy;
class TileModel;

/// The proof-tile view: cards ranked as the pipeline ranks them, filtered by platform, region,
/// urgency and tag search. A new run keeps the selection (by trend id) and the scroll position.
class TrendsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendsPage)

public:
    explicit TrendsPage(QWidget *parent = nullptr);

    void setSnapshot(const RunSnapshot &snapshot);
    /// Selects the tile of `trendId` (clears the selection when it has none).
    void selectTrend(const QString &trendId);
    QString currentTrend() const;
    /// Selected tiles in rank order (for "Export selected").
    QStringList selectedTrendIds() const;

    /// The filters as the project keeps them: {"search", "platform", "region", "urgency"}.
    QJsonObject filters() const;
    /// Shows saved filters without emitting filtersChanged; a platform or region not in the data
    /// yet is kept until a run shows whether it is there.
    void setFilters(const QJsonObject &filters);

    QListView *view() const { return m_view; }
    TileModel *model() const { return m_model; }
    /// Shown instead of the tiles when the run had no post to look at (empty project or empty window).
    EmptyProject *emptyProject() const { return m_emptyProject; }

Q_SIGNALS:
    void trendSelected(const QString &trendId);
    /// The analyst changed a filter.
    void filtersChanged();
    /// The empty project's "Import data…" and "Live feeds…".
    void importRequested();
    void feedsRequested();

private:
    void refillFilters(const RunSnapshot &snapshot);
    void updateEmptyState();

    TileModel *m_model;
    TileFilterProxy *m_proxy;
    QListView *m_view;
    QLineEdit *m_search;
    QComboBox *m_platform;
    QComboBox *m_region;
    QComboBox *m_urgency;
    QLabel *m_empty;
    EmptyProject *m_emptyProject;
    bool m_restoring = false;
};
