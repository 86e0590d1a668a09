#pragma once

#include <QObject>
#include <QPointer>

class ConnectDialog;
class MainMenus;
class ProjectController;
class QWidget;

/// File → Connect to a team database… (issue 14, item 5): asks for a `postgresql://` URI (ConnectDialog) and
/// opens that database as the current project through the ProjectController, read-only unless the analyst
/// ticked "Allow importing into this database". The URI is kept without its password (Open recent, the title);
/// when the connection fails the controller reports it (no password in it) and the previous project stays open.
class ConnectFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectFlow)

public:
    ConnectFlow(ProjectController *projects, QWidget *window);

    /// Connects File → Connect to a team database….
    void attach(MainMenus *menus);
    /// Shows the dialog (modal) and connects to what it answers.
    void choose();
    /// Opens `uri` as the current project; `allowImport`: the desktop may write into it.
    void connectTo(const QString &uri, bool allowImport);
    /// The dialog while it is shown (tests drive it).
    ConnectDialog *dialog() const;

Q_SIGNALS:
    /// A line for the status bar ("Connecting to …").
    void message(const QString &text);

private:
    ProjectController *m_projects;
    QWidget *m_window;
    QPointer<ConnectDialog> m_dialog;
    QString m_lastUri; ///< the last URI asked for, without its password
};
