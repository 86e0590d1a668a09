#pragma once

#include <memory>

#include <QDockWidget>

class LogModel;
class LogSink;
class QTableView;
class QTimer;

/// The collapsible log at the bottom: spdlog's output (every module's logger) through a sink that
/// this dock drains a few times a second.
class LogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDock)

public:
    explicit LogDock(QWidget *parent = nullptr);
    ~LogDock() override;

    LogModel *model() const { return m_model; }
    /// Moves what the sink holds into the model now (the timer does it otherwise).
    void drain();

private:
    std::shared_ptr<LogSink> m_sink;
    LogModel *m_model;
    QTableView *m_view;
    QTimer *m_timer;
};
