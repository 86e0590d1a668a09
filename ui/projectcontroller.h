#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include "core/model/result.h"
#include "ui/projectsettings.h"
#include "ui/workspace.h"

class QWidget;

/// Projects (issue 11): a project is one database plus its own settings (ProjectSettings, kept
/// in the database through its ProjectStore). This opens one off the GUI thread together with its
/// settings, asks for the paths of File → New project…, Open project… and Save a copy as…, asks
/// before anything is imported into the bundled sample, and saves the settings as the analyst
/// changes them (debounced, on a worker thread; never into the sample). MainWindow applies what
/// it opens.
class ProjectController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectController)

public:
    using OpenFn = std::function<Result<Workspace>(const QString &path)>;
    enum class SampleImport { NewProject, IntoSample, Cancel };

    /// `defaults`: the configuration's parameters, what a new project starts from.
    ProjectController(OpenFn open, PipelineParams defaults, QString settingsGroup, QWidget *window);
    ~ProjectController() override;

    /// Opens (or creates) the database at `path` in the background; emits opened or failed. `path` may be a
    /// `postgresql://` URI (a team database): it is opened read-only unless `allowWrites`, and its
    /// password is never kept, shown nor logged (Workspace::databasePath is the URI without it).
    void open(const QString &path, bool isSample = false, bool allowWrites = false);
    /// The project open now (after `opened`).
    const Workspace &workspace() const { return m_workspace; }
    void setDefaults(const PipelineParams &defaults) { m_defaults = defaults; }

    /// The analyst changed something the project keeps: saved after a short pause.
    void settingsChanged(const ProjectSettings &settings);
    /// Writes a pending change now and waits for it (closing, switching projects).
    void flush();
    /// How long a change waits for the next before it is written.
    void setSaveDelayMs(int ms) { m_saveTimer.setInterval(ms); }

    /// File → New project…: asks for a new file and opens it; false when the analyst cancelled.
    bool chooseNew();
    /// File → Open project…
    void chooseOpen();
    /// File → Save a copy as…: a consistent copy of the open project (posts, runs, settings).
    void chooseSaveCopy();
    /// Importing while the sample is open: start a new project first, import into the sample
    /// anyway, or cancel. A modal question (object name "sampleImportOffer").
    SampleImport askImportIntoSample(int files);

Q_SIGNALS:
    void opened(const Workspace &workspace, const ProjectSettings &settings);
    void failed(const QString &message);
    /// A line for the status bar (saved a copy, settings not restored, …).
    void message(const QString &text);
    /// A settings save finished (tests wait for it); `error` is empty on success.
    void saved(const QString &error);

private:
    void saveNow();
    QString defaultFolder() const;

    OpenFn m_open;
    PipelineParams m_defaults;
    QString m_settingsGroup;
    QWidget *m_window;
    Workspace m_workspace;
    std::shared_ptr<ProjectStore> m_pendingStore; ///< the project the pending change belongs to
    ProjectSettings m_pending;
    QTimer m_saveTimer;
    QThreadPool m_pool; ///< one thread: saves are written in order
    quint64 m_opens = 0;
};
