#include "ui/widgets/postcontextmenu.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>
#include <QUrl>

PostContextMenu::PostContextMenu(QAbstractItemView *view, int urlRole)
    : QObject(view), m_view(view), m_urlRole(urlRole)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu *menu = menuFor(index);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
}

QMenu *PostContextMenu::menuFor(const QModelIndex &index) const
{
    const QString url = index.data(m_urlRole).toString();
    auto *menu = new QMenu(m_view);
    QAction *copy = menu->addAction(tr("Copy URL"), menu, [url] { copyUrl(url); });
    QAction *open = menu->addAction(tr("Open URL"), menu, [url] { openUrl(url); });
    copy->setObjectName(QStringLiteral("copyUrl"));
    open->setObjectName(QStringLiteral("openUrl"));
    copy->setEnabled(!url.isEmpty());
    open->setEnabled(!url.isEmpty());
    if (url.isEmpty())
        copy->setToolTip(tr("This post has no URL"));
    return menu;
}

void PostContextMenu::copyUrl(const QString &url)
{
    QGuiApplication::clipboard()->setText(url);
}

void PostContextMenu::openUrl(const QString &url)
{
    QDesktopServices::openUrl(QUrl(url));
}
