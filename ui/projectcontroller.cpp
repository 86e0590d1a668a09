#include "ui/projectcontroller.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include "core/log/log.h"
#include "core/storage/projectstore.h"
#include "ui/filedialogs.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kSaveDelayMs = 400;
const QString kFilter = u"GlassTrend projects (*.db *.sqlite);;All files (*)"_s;

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

void ProjectController::open(const QString &path, bool isSample)
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
    }).then(this, [this, id, path, isSample](Opened out) {
        if (id != m_opens)
            return; // another project was asked for meanwhile
        if (!out.workspace) {
            Q_EMIT failed(out.workspace.error().message);
            return;
        }
        Workspace ws = std::move(out.workspace).value();
        ws.databasePath = path;
        ws.isSample = ws.isSample || isSample;
        m_workspace = ws;
        ProjectSettings settings = ProjectSettings::fromValues(out.values, m_defaults);
        if (!out.warning.isEmpty())
            settings.warning = out.warning;
        if (!settings.warning.isEmpty()) {
            gtlog::ui()->warn("{}: {}", path, settings.warning);
            Q_EMIT message(settings.warning);
        }
        Q_EMIT opened(m_workspace, settings);
    });
}

void ProjectController::settingsChanged(const ProjectSettings &settings)
{
    // The sample is never written to behind the analyst's back; a project without a store keeps nothing.
    if (m_workspace.isSample || !m_workspace.project)
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
            Q_EMIT message(u"Project settings not saved: "_s + error);
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
        filedialogs::getSaveFileName(m_window, u"projects"_s, u"New project"_s, u"trends.db"_s, kFilter, defaultFolder(),
                                     QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return false;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, u"New project"_s,
                             u"%1 already exists. Open it with File → Open project…, or choose a new name."_s.arg(
                                 QDir::toNativeSeparators(path)));
        return false;
    }
    open(path);
    return true;
}

void ProjectController::chooseOpen()
{
    const QString path = filedialogs::getOpenFileName(m_window, u"projects"_s, u"Open project"_s, kFilter, defaultFolder());
    if (path.isEmpty())
        return;
    open(path);
}

void ProjectController::chooseSaveCopy()
{
    if (!m_workspace.project)
        return;
    const QString base = QFileInfo(m_workspace.databasePath).completeBaseName();
    QString path = filedialogs::getSaveFileName(m_window, u"projects"_s, u"Save a copy of the project"_s,
                                                base + u"-copy.db"_s, kFilter, defaultFolder());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_workspace.databasePath).absoluteFilePath()) {
        QMessageBox::warning(m_window, u"Save a copy"_s, u"Choose another file than the open project."_s);
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
        Q_EMIT message(error.isEmpty() ? u"Saved a copy of the project to "_s + QDir::toNativeSeparators(path)
                                       : u"Copy failed: "_s + error);
    });
}

ProjectController::SampleImport ProjectController::askImportIntoSample(int files)
{
    QMessageBox box(QMessageBox::Question, u"Import into the sample?"_s,
                    u"The bundled sample data is open. Start a new project for your %n file(s)?"_s.replace(
                        u"%n"_s, QString::number(files)),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(u"sampleImportOffer"_s);
    box.setInformativeText(u"A project is one database file with its own settings: your data stays apart from the "
                           "sample, and the file can be handed to a colleague."_s);
    QPushButton *create = box.addButton(u"New project…"_s, QMessageBox::AcceptRole);
    QPushButton *into = box.addButton(u"Import into sample"_s, QMessageBox::DestructiveRole);
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
