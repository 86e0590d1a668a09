#include "ui/helpflow.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

#include "ui/dialogs/guidedialog.h"
#include "ui/mainmenus.h"

using namespace Qt::StringLiterals;

HelpFlow::HelpFlow(QMainWindow *window) : QObject(window), m_window(window) {}

void HelpFlow::attach(MainMenus *menus)
{
    connect(menus, &MainMenus::aboutRequested, this, &HelpFlow::showAbout);
    connect(menus, &MainMenus::guideRequested, this, &HelpFlow::showGuide);
    connect(menus, &MainMenus::languageChosen, this, &HelpFlow::languageChosen);
}

void HelpFlow::showAbout()
{
    QMessageBox::about(m_window, tr("About GlassTrend"),
                       u"<h3>GlassTrend "_s + QStringLiteral(GT_VERSION) + u"</h3><p>"_s +
                           tr("Early social-media trends with transparent rules: every number is a "
                              "documented formula, every grouping an explicit rule, every decision recorded.") +
                           u"</p><p>Qt "_s + QString::fromLatin1(qVersion()) + u"</p>"_s);
}

void HelpFlow::showGuide()
{
    // One guide window, raised again on F1; it is built over the menus as they are now.
    if (!m_guide) {
        m_guide = new GuideDialog(m_window, m_window);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void HelpFlow::languageChosen()
{
    const QString text = tr("The language changes when GlassTrend is started again.");
    m_window->statusBar()->showMessage(text, 10000);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"), text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
