#include "ui/connectflow.h"

#include "core/log/log.h"
#include "core/storage/storagelocation.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/mainmenus.h"
#include "ui/projectcontroller.h"

ConnectFlow::ConnectFlow(ProjectController *projects, QWidget *window)
    : QObject(window), m_projects(projects), m_window(window)
{
}

void ConnectFlow::attach(MainMenus *menus)
{
    connect(menus, &MainMenus::connectRequested, this, &ConnectFlow::choose);
}

void ConnectFlow::choose()
{
    // Start from the team database open now, else the last one asked for.
    const QString open = m_projects->workspace().isTeam ? m_projects->workspace().databasePath : QString();
    ConnectDialog dialog(open.isEmpty() ? m_lastUri : open, m_window);
    m_dialog = &dialog;
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_dialog.clear();
    if (accepted)
        connectTo(dialog.uri(), dialog.allowImport());
}

ConnectDialog *ConnectFlow::dialog() const
{
    return m_dialog;
}

void ConnectFlow::connectTo(const QString &uri, bool allowImport)
{
    m_lastUri = storagelocation::withoutPassword(uri);
    const QString name = storagelocation::displayName(uri);
    gtlog::ui()->info("connecting to {}{}", m_lastUri, allowImport ? " (imports allowed)" : " (read-only)");
    Q_EMIT message(tr("Connecting to %1…").arg(name));
    m_projects->open(uri, false, allowImport);
}
