#include "ui/mainmenus.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
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
    : QObject(window), m_window(window), m_settingsGroup(options.settingsGroup), m_selectedCount(options.selectedCount)
{
    QStyle *style = window->style();
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New project…"), this, &MainMenus::newProjectRequested);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open project…"), this, &MainMenus::openProjectRequested);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to a &team database…"), this, &MainMenus::connectRequested)
        ->setObjectName(u"connectTeamDatabase"_s);
    m_recent = file->addMenu(tr("Open &recent"));
    QAction *copy = file->addAction(tr("Save a &copy as…"), this, &MainMenus::saveCopyRequested);
    copy->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, &MainMenus::importRequested);
    import->setShortcut(Qt::CTRL | Qt::Key_I);
    import->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    QAction *feeds = file->addAction(tr("Live &feeds…"), this, &MainMenus::feedsRequested);
    feeds->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    // The scope of an export is said, never implied by what happens to be selected on the Trends page.
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(u"exportMenu"_s);
    QAction *pdf = exportMenu->addAction(tr("All tiles to &PDF…"), this,
                                         [this] { Q_EMIT exportRequested(ExportJob::Format::Pdf, false); });
    pdf->setShortcut(Qt::CTRL | Qt::Key_E);
    pdf->setObjectName(u"exportAllPdf"_s);
    m_exportSelectedPdf = exportMenu->addAction(tr("Selected tiles to PDF…"), this, [this] {
        Q_EMIT exportRequested(ExportJob::Format::Pdf, true);
    });
    exportMenu->addSeparator();
    QAction *csv = exportMenu->addAction(tr("All tiles to &CSV…"), this,
                                         [this] { Q_EMIT exportRequested(ExportJob::Format::Csv, false); });
    csv->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    csv->setObjectName(u"exportAllCsv"_s);
    m_exportSelectedCsv = exportMenu->addAction(tr("Selected tiles to CSV…"), this, [this] {
        Q_EMIT exportRequested(ExportJob::Format::Csv, true);
    });
    m_exportSelectedPdf->setObjectName(u"exportSelectedPdf"_s);
    m_exportSelectedCsv->setObjectName(u"exportSelectedCsv"_s);
    connect(exportMenu, &QMenu::aboutToShow, this, [this] {
        if (m_selectedCount)
            setSelectedCount(m_selectedCount());
    });
    setSelectedCount(0);
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
    if (options.alertsToggle)
        view->addAction(options.alertsToggle);
    view->addSeparator();
    addLanguageMenu(view);
    m_theme = view->addMenu(tr("&Theme"));
    m_theme->setObjectName(u"themeMenu"_s);
    auto *themes = new QActionGroup(m_theme);
    for (const auto &[name, text] : {std::pair{u"system"_s, tr("&System")}, std::pair{u"light"_s, tr("&Light")},
                                     std::pair{u"dark"_s, tr("&Dark")}}) {
        // A copy, not the binding itself: clang 14 cannot capture a structured binding.
        QAction *theme = m_theme->addAction(text, this, [this, themeName = name] { Q_EMIT themeRequested(themeName); });
        theme->setCheckable(true);
        theme->setData(name);
        theme->setObjectName(u"theme-"_s + name);
        themes->addAction(theme);
    }

    QMenu *run = window->menuBar()->addMenu(tr("&Run"));
    QAction *rerun = run->addAction(tr("&Re-run"), this, &MainMenus::rerunRequested);
    rerun->setShortcut(QKeySequence::Refresh);
    rerun->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    QAction *cancel = run->addAction(tr("&Cancel"), this, &MainMenus::cancelRequested);
    cancel->setShortcut(Qt::CTRL | Qt::Key_Period);
    run->addSeparator();
    run->addAction(tr("&Backtest…"), this, &MainMenus::backtestRequested)->setObjectName(u"backtest"_s);
    run->addSeparator();
    QAction *pin = run->addAction(tr("&Pin this run"), this, &MainMenus::pinRequested);
    pin->setObjectName(u"pinRun"_s);
    pin->setShortcut(Qt::CTRL | Qt::Key_D);
    QAction *history = run->addAction(tr("&History…"), this, &MainMenus::historyRequested);
    history->setObjectName(u"runHistory"_s);
    history->setShortcut(Qt::CTRL | Qt::Key_H);
    run->addAction(tr("Compare &with…"), this, &MainMenus::compareRequested)->setObjectName(u"compareWith"_s);
    run->addAction(tr("&Scheduled discovery…"), this, &MainMenus::scheduleRequested)->setObjectName(u"schedule"_s);
    run->addAction(tr("&Watched tags…"), this, &MainMenus::watchListRequested)->setObjectName(u"watchList"_s);

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
        connect(choice, &QAction::triggered, this, [this, chosen = value] {
            saveUiLanguage(chosen);
            Q_EMIT languageChosen(chosen);
        });
    }
}

void MainMenus::setSelectedCount(int count)
{
    m_exportSelectedPdf->setEnabled(count > 0);
    m_exportSelectedCsv->setEnabled(count > 0);
    m_exportSelectedPdf->setText(count > 0 ? tr("Selected tiles (%n) to PDF…", nullptr, count)
                                           : tr("Selected tiles to PDF… (select tiles on the Trends page)"));
    m_exportSelectedCsv->setText(count > 0 ? tr("Selected tiles (%n) to CSV…", nullptr, count)
                                           : tr("Selected tiles to CSV… (select tiles on the Trends page)"));
}

void MainMenus::setTheme(const QString &name)
{
    for (QAction *a : m_theme->actions())
        a->setChecked(a->data().toString() == name);
}

void MainMenus::setAsOf(const QString &text)
{
    m_asOf->setText(text);
}

QString MainMenus::asOfText() const
{
    return m_asOf->text();
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
