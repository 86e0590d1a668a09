#include "ui/projectcontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include "core/log/log.h"
#include "core/storage/projectstore.h"
#include "core/storage/storagelocation.h"
#include "ui/filedialogs.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kSaveDelayMs = 400;
QString projectFilter()
{
    return QCoreApplication::translate("ProjectController", "GlassTrend projects (*.db *.sqlite);;All files (*)");
}

/// What the open job hands back.
struct Opened
{
    Result<Workspace> workspace;
    QMap<QString, QString> values;
    QString warning;
};

} // namespace

ProjectController::ProjectController(OpenFn open, PipelineParams defaults, QString settingsGroup, QWidget *window)
    : QObject(window), m_open(std::move(open)), m_defaults(std::move(defaults)),
      m_settingsGroup(std::move(settingsGroup)), m_window(window)
{
    m_pool.setMaxThreadCount(1);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ProjectController::saveNow);
}

ProjectController::~ProjectController()
{
    flush();
}

void ProjectController::open(const QString &path, bool isSample, bool allowWrites)
{
    if (!m_open)
        return;
    flush(); // a change still pending belongs to the project being left
    const quint64 id = ++m_opens;
    const OpenFn openFn = m_open;
    // Opening may create and migrate the file: off the GUI thread, like reading its settings.
    QtConcurrent::run([openFn, path]() -> Opened {
        Opened out{openFn(path), {}, {}};
        if (out.workspace && out.workspace.value().platforms) {
            Result<QStringList> platforms = out.workspace.value().platforms();
            if (platforms)
                out.workspace.value().platformNames = std::move(platforms).value();
        }
        if (out.workspace && out.workspace.value().project) {
            Result<QMap<QString, QString>> values = out.workspace.value().project->settings();
            if (values)
                out.values = std::move(values).value();
            else
                out.warning = values.error().message;
        }
        return out;
    }).then(this, [this, id, path, isSample, allowWrites](Opened out) {
        if (id != m_opens)
            return; // another project was asked for meanwhile
        if (!out.workspace) {
            Q_EMIT failed(storagelocation::scrubbed(out.workspace.error().message, path)); // never a password
            return;
        }
        Workspace ws = std::move(out.workspace).value();
        ws.databasePath = storagelocation::withoutPassword(path);
        ws.isSample = ws.isSample || isSample;
        ws.isTeam = storagelocation::isPostgresUri(path);
        ws.readOnly = ws.readOnly || (ws.isTeam && !allowWrites);
        m_workspace = ws;
        ProjectSettings settings = ProjectSettings::fromValues(out.values, m_defaults);
        if (!out.warning.isEmpty())
            settings.warning = out.warning;
        if (!settings.warning.isEmpty()) {
            gtlog::ui()->warn("{}: {}", ws.databasePath, settings.warning);
            Q_EMIT message(settings.warning);
        }
        Q_EMIT opened(m_workspace, settings);
    });
}

void ProjectController::settingsChanged(const ProjectSettings &settings)
{
    // The sample is never written to behind the analyst's back, nor a read-only team database; a project
    // without a store keeps nothing.
    if (m_workspace.isSample || m_workspace.readOnly || !m_workspace.project)
        return;
    m_pending = settings;
    m_pendingStore = m_workspace.project;
    m_saveTimer.start();
}

void ProjectController::saveNow()
{
    m_saveTimer.stop();
    if (!m_pendingStore)
        return;
    const std::shared_ptr<ProjectStore> store = std::exchange(m_pendingStore, nullptr);
    const QMap<QString, QString> values = m_pending.toValues();
    // Off the GUI thread: an import holding the write lock must not freeze the window.
    QtConcurrent::run(&m_pool, [store, values] {
        const Status s = store->saveSettings(values);
        return s ? QString() : s.error().message;
    }).then(this, [this](const QString &error) {
        if (!error.isEmpty()) {
            gtlog::ui()->error("saving project settings: {}", error);
            Q_EMIT message(tr("Project settings not saved: %1").arg(error));
        }
        Q_EMIT saved(error);
    });
}

void ProjectController::flush()
{
    if (m_pendingStore)
        saveNow();
    m_pool.waitForDone();
}

bool ProjectController::chooseNew()
{
    const QString path =
        filedialogs::getSaveFileName(m_window, u"projects"_s, tr("New project"), u"trends.db"_s, projectFilter(), defaultFolder(),
                                     QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return false;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, tr("New project"),
                             tr("%1 already exists. Open it with File → Open project…, or choose a new name.").arg(
                                 QDir::toNativeSeparators(path)));
        return false;
    }
    open(path);
    return true;
}

void ProjectController::chooseOpen()
{
    const QString path = filedialogs::getOpenFileName(m_window, u"projects"_s, tr("Open project"), projectFilter(), defaultFolder());
    if (path.isEmpty())
        return;
    open(path);
}

void ProjectController::chooseSaveCopy()
{
    if (!m_workspace.project)
        return;
    const QString base = QFileInfo(m_workspace.databasePath).completeBaseName();
    QString path = filedialogs::getSaveFileName(m_window, u"projects"_s, tr("Save a copy of the project"),
                                                base + u"-copy.db"_s, projectFilter(), defaultFolder());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_workspace.databasePath).absoluteFilePath()) {
        QMessageBox::warning(m_window, tr("Save a copy"), tr("Choose another file than the open project."));
        return;
    }
    flush(); // the copy carries the settings as they are on screen
    // The file dialog asked before replacing: the copy needs the name free.
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    const std::shared_ptr<ProjectStore> store = m_workspace.project;
    QtConcurrent::run([store, path] {
        const Status s = store->saveCopy(path);
        return s ? QString() : s.error().message;
    }).then(this, [this, path](const QString &error) {
        Q_EMIT message(error.isEmpty() ? tr("Saved a copy of the project to %1").arg(QDir::toNativeSeparators(path))
                                       : tr("Copy failed: %1").arg(error));
    });
}

ProjectController::SampleImport ProjectController::askImportIntoSample(int files)
{
    QMessageBox box(QMessageBox::Question, tr("Import into the sample?"),
                    tr("The bundled sample data is open. Start a new project for your %n file(s)?", nullptr, files),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(u"sampleImportOffer"_s);
    box.setInformativeText(tr("A project is one database file with its own settings: your data stays apart from the "
                              "sample, and the file can be handed to a colleague."));
    QPushButton *create = box.addButton(tr("New project…"), QMessageBox::AcceptRole);
    QPushButton *into = box.addButton(tr("Import into sample"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(create);
    box.exec();
    if (box.clickedButton() == create)
        return SampleImport::NewProject;
    if (box.clickedButton() == into)
        return SampleImport::IntoSample;
    return SampleImport::Cancel;
}

QString ProjectController::defaultFolder() const
{
    // Before any project dialog was answered: the open project's folder (the sample's is the app's own).
    return m_workspace.databasePath.isEmpty() || m_workspace.isSample ? QDir::homePath()
                                                                       : QFileInfo(m_workspace.databasePath).absolutePath();
}
