#pragma once

#include <QObject>
#include <QPointer>

class GuideDialog;
class MainMenus;
class QMainWindow;

/// Help → Guide (one window, raised again on F1) and Help → About, and the notice that View → Language applies at
/// the next start: what the menus ask that needs no project. MainWindow only attaches it to its menus.
class HelpFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpFlow)

public:
    explicit HelpFlow(QMainWindow *window);

    void attach(MainMenus *menus);
    void showAbout();
    void showGuide();
    /// The status bar and a message box say that the language changes at the next start.
    void languageChosen();

private:
    QMainWindow *m_window;
    QPointer<GuideDialog> m_guide; ///< Help → Guide, while it is open
};
