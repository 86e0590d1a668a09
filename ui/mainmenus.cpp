#include "ui/mainmenus.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

#include "ui/desktopsettings.h"
#include "ui/uitranslator.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxRecent = 8;

} // namespace

MainMenus::MainMenus(QMainWindow *window, const Options &options)
    : QObject(window), m_window(window), m_settingsGroup(options.settingsGroup)
{
    QStyle *style = window->style();
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New project…"), this, &MainMenus::newProjectRequested);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open project…"), this, &MainMenus::openProjectRequested);
    open->setShortcut(QKeySequence::Open);
    m_recent = file->addMenu(tr("Open &recent"));
    QAction *copy = file->addAction(tr("Save a &copy as…"), this, &MainMenus::saveCopyRequested);
    copy->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, &MainMenus::importRequested);
    import->setShortcut(Qt::CTRL | Qt::Key_I);
    import->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    QAction *feeds = file->addAction(tr("Live &feeds…"), this, &MainMenus::feedsRequested);
    feeds->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    QAction *pdf =
        exportMenu->addAction(tr("Tiles to &PDF…"), this, [this] { Q_EMIT exportRequested(ExportJob::Format::Pdf); });
    pdf->setShortcut(Qt::CTRL | Qt::Key_E);
    QAction *csv =
        exportMenu->addAction(tr("Tiles to &CSV…"), this, [this] { Q_EMIT exportRequested(ExportJob::Format::Csv); });
    csv->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < options.pageTitles.size(); ++i) {
        QAction *page = view->addAction(options.pageTitles[i], this, [this, i] { Q_EMIT pageRequested(i); });
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    if (options.logToggle) {
        view->addSeparator();
        options.logToggle->setShortcut(Qt::CTRL | Qt::Key_L);
        view->addAction(options.logToggle);
    }
    view->addSeparator();
    addLanguageMenu(view);

    QMenu *run = window->menuBar()->addMenu(tr("&Run"));
    QAction *rerun = run->addAction(tr("&Re-run"), this, &MainMenus::rerunRequested);
    rerun->setShortcut(QKeySequence::Refresh);
    rerun->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    QAction *cancel = run->addAction(tr("&Cancel"), this, &MainMenus::cancelRequested);
    cancel->setShortcut(Qt::CTRL | Qt::Key_Period);

    if (options.hasServer) {
        QMenu *server = window->menuBar()->addMenu(tr("&Server"));
        m_serve = server->addAction(tr("&Serve the REST API"));
        m_serve->setCheckable(true);
        m_serve->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
        connect(m_serve, &QAction::toggled, this, &MainMenus::serveToggled);
    }

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Guide"), this, &MainMenus::guideRequested);
    guide->setObjectName(u"guideAction"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About GlassTrend"), this, &MainMenus::aboutRequested);

    QToolBar *bar = window->addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(import);
    bar->addAction(rerun);
    auto *exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export"));
    exportButton->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);
    if (m_serve)
        bar->addAction(m_serve);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_asOf = new QLabel(bar);
    m_asOf->setContentsMargins(0, 0, 8, 0);
    bar->addWidget(m_asOf);

    rebuildRecent();
}

void MainMenus::addLanguageMenu(QMenu *view)
{
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(language);
    const UiLanguage saved = savedUiLanguage();
    // The language names are not translated: each is written in its own language, so it can be found in any UI.
    const QList<std::pair<QString, UiLanguage>> choices = {
        {tr("System"), UiLanguage::System}, {u"English"_s, UiLanguage::English}, {u"中文"_s, UiLanguage::Chinese}};
    for (const auto &[name, value] : choices) {
        QAction *choice = language->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(value == saved);
        choice->setData(int(value));
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, value] {
            saveUiLanguage(value);
            Q_EMIT languageChosen(value);
        });
    }
}

void MainMenus::setAsOf(const QString &text)
{
    m_asOf->setText(text);
}

QStringList MainMenus::recent() const
{
    QSettings settings = desktopSettings();
    settings.beginGroup(m_settingsGroup);
    return settings.value(u"recent"_s).toStringList();
}

void MainMenus::addRecent(const QString &path)
{
    QStringList list = recent();
    list.removeAll(path);
    list.prepend(path);
    QSettings settings = desktopSettings();
    settings.beginGroup(m_settingsGroup);
    settings.setValue(u"recent"_s, list.mid(0, kMaxRecent));
    settings.endGroup();
    rebuildRecent();
}

void MainMenus::rebuildRecent()
{
    m_recent->clear();
    const QStringList list = recent();
    for (const QString &path : list)
        m_recent->addAction(QDir::toNativeSeparators(path), this, [this, path] { Q_EMIT openRequested(path); });
    m_recent->setEnabled(!list.isEmpty());
}
