#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QStringList>

class ImportJob;
class MappingFlow;
class MappingStore;
class PlatformQuestion;
class QWidget;
struct Workspace;

/// Importing files into the open project, start to summary: files no reader knows wait for the mapping
/// dialog (MappingFlow), one at a time after the others; files whose records do not say their platform are
/// asked about afterwards (PlatformQuestion) and imported again; every import ends with a summary on the
/// status line and in a dialog. What to import, and what to do once posts changed (reload the window), is
/// the window's.
class ImportFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFlow)

public:
    ImportFlow(std::function<const Workspace &()> workspace, std::shared_ptr<const MappingStore> mappings,
               QWidget *dialogParent);

    /// Imports `files`: those a reader knows now, those that need a mapping one by one after them. `quiet`:
    /// no summary dialog (the bundled sample's first import).
    void start(const QStringList &files, bool quiet = false);
    void cancel();
    bool isRunning() const;

    MappingFlow *mappingFlow() const { return m_mappings; }
    PlatformQuestion *platformQuestion() const { return m_platforms; }

Q_SIGNALS:
    void started(const QString &text);
    /// `value` of `maximum`, with the progress bar's format.
    void progress(int value, int maximum, const QString &format);
    void message(const QString &text);
    /// An import ended (stored posts may have changed); `summary` is on the status line's level.
    void finished(const QString &summary);

private:
    bool startJob(const QStringList &files, std::shared_ptr<const class ColumnMapping> mapping = {},
                  const QString &platform = {});

    std::function<const Workspace &()> m_workspace;
    QWidget *m_dialogParent;
    ImportJob *m_job;
    MappingFlow *m_mappings;
    PlatformQuestion *m_platforms;
    bool m_quiet = false;
};
