#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QPointF>
#include <QThreadPool>

#include "core/model/canceltoken.h"
#include "core/model/tagnetwork.h"
#include "ui/runsnapshot.h"

/// What the Network page draws: the graph of one run (all of it, or without its isolated tags) and its layout.
struct NetworkScene
{
    TagNetwork network;
    QList<QPointF> positions; ///< parallel to network.nodes, in units of the layout's ideal edge length
    int maxPosts = 0;
    int hiddenTags = 0; ///< isolated tags left out
    quint64 generation = 0; ///< of the snapshot it was made from
};

/// Builds the tag network of a run (buildTagNetwork over its decision log) and lays it out (layoutNetwork), off the
/// GUI thread on a pool of its own; a newer request cancels the older, whose result is dropped.
class NetworkJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkJob)

public:
    explicit NetworkJob(QObject *parent = nullptr);
    ~NetworkJob() override;

    /// Starts on `snapshot`'s run; `withoutIsolated` leaves out the tags with no edge.
    void start(const RunSnapshot &snapshot, bool withoutIsolated);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(std::shared_ptr<const NetworkScene> scene);
    void failed(const QString &message);

private:
    QThreadPool m_pool;
    CancelToken m_token;
    quint64 m_request = 0;
    bool m_running = false;
};
