#pragma once

#include <memory>

#include <QWidget>

#include "core/model/result.h"
#include "ui/runsnapshot.h"

class NetworkJob;
class NetworkView;
struct NetworkScene;
class QCheckBox;
class QLabel;
class QPushButton;

/// The Network page (../shared/UI.md "Pages"): the co-occurrence graph of the shown run's kept tags (NetworkView),
/// built and laid out in the background (NetworkJob) when the page is shown, again for each new run (the older
/// layout is cancelled). A click on a tag announces its cluster's trend id, as a row of the cluster table does;
/// "Export GEXF…" writes the graph shown, with its layout, for Gephi.
class NetworkPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPage)

public:
    explicit NetworkPage(QWidget *parent = nullptr);

    void setSnapshot(const RunSnapshot &snapshot);
    void selectTrend(const QString &trendId);
    /// Writes the graph shown to `path` (GEXF); the status line of the page says where, or why not.
    Status exportGexf(const QString &path);

    NetworkView *view() const { return m_view; }
    NetworkJob *job() const { return m_job; }
    QCheckBox *hideIsolatedBox() const { return m_hideIsolated; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void clusterSelected(const QString &trendId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startLayout();
    void showScene(std::shared_ptr<const NetworkScene> scene);
    void chooseExport();

    RunSnapshot m_snapshot;
    bool m_stale = false; ///< the snapshot changed while the page was hidden
    NetworkJob *m_job;
    NetworkView *m_view;
    QCheckBox *m_hideIsolated;
    QPushButton *m_fit;
    QPushButton *m_export;
    QLabel *m_status;
};
