#pragma once

#include <functional>

#include <QObject>
#include <QStringList>

#include "ui/exportjob.h"
#include "ui/uitranslator.h"

class QAction;
class QLabel;
class QMainWindow;
class QMenu;

/// The main window's menu bar and tool bar (../shared/UI.md): File (new project, open project,
/// recent, save a copy, import, live feeds, export, quit), View (one entry per page, the log), Run (re-run, cancel, backtest, pin, history, compare, schedule, watched tags), Server
/// (when there is an embedded server) and Help (Guide, About); View also has Theme and Language; File → Export names its
/// scope (all tiles, or the selected ones); the tool bar repeats import, re-run, export and
/// serve and shows the run's as-of time. It asks the analyst for paths where a menu entry needs
/// one (except projects: ProjectController asks) and otherwise only says what was asked for: MainWindow wires the requests to the runner,
/// the jobs and the pages. The recent databases live in QSettings under the window's group.
class MainMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainMenus)

public:
    struct Options
    {
        QStringList pageTitles;       ///< View → one entry per page, Ctrl+1…
        QAction *logToggle = nullptr; ///< the log dock's toggle action
        QAction *alertsToggle = nullptr; ///< the Alerts dock's toggle action
        bool hasServer = false;       ///< adds the Server menu and the Serve action
        QString settingsGroup;        ///< where the recent databases are kept
        std::function<int()> selectedCount; ///< the tiles selected on the Trends page (File → Export's scope)
    };

    MainMenus(QMainWindow *window, const Options &options);

    /// Checkable "Serve the REST API"; null without a server.
    QAction *serveAction() const { return m_serve; }
    /// Names the selected tiles in File → Export ("Selected tiles (3) to PDF…"); 0 disables those entries.
    void setSelectedCount(int count);
    /// Checks the View → Theme entry of `name` ("system", "light", "dark").
    void setTheme(const QString &name);
    /// Shows `text` at the tool bar's right (the run's as-of time and window).
    void setAsOf(const QString &text);

    /// The recent databases, most recent first.
    QStringList recent() const;
    /// Puts `path` first in File → Open recent (at most eight are kept).
    void addRecent(const QString &path);

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void connectRequested(); ///< File → Connect to a team database…
    void openRequested(const QString &path); ///< File → Open recent
    void saveCopyRequested();
    void importRequested();
    void feedsRequested();
    /// `selectedOnly`: the tiles selected on the Trends page; otherwise every tile of the run.
    void exportRequested(ExportJob::Format format, bool selectedOnly);
    void pageRequested(int index);
    void rerunRequested();
    void cancelRequested();
    void backtestRequested(); ///< Run → Backtest…
    void pinRequested();        ///< Run → Pin this run (Ctrl+D)
    void historyRequested();    ///< Run → History… (Ctrl+H)
    void compareRequested();    ///< Run → Compare with…
    void scheduleRequested();   ///< Run → Scheduled discovery…
    void watchListRequested();  ///< Run → Watched tags…
    void serveToggled(bool on);
    void aboutRequested();
    void guideRequested(); ///< Help → Guide (F1)
    /// View → Language: the choice is saved (desktopSettings "language"); it applies at the next start.
    void languageChosen(UiLanguage language);
    /// View → Theme: "system", "light" or "dark" (see Theme).
    void themeRequested(const QString &name);

private:
    void rebuildRecent();
    void addLanguageMenu(QMenu *view);

    QMainWindow *m_window;
    QString m_settingsGroup;
    QMenu *m_recent = nullptr;
    QAction *m_serve = nullptr;
    QAction *m_exportSelectedPdf = nullptr;
    QAction *m_exportSelectedCsv = nullptr;
    std::function<int()> m_selectedCount;
    QMenu *m_theme = nullptr;
    QLabel *m_asOf = nullptr;

public:
    /// The tool bar's as-of text (tests).
    QString asOfText() const;
};
