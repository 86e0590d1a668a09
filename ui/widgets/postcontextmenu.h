#pragma once

#include <QObject>

class QAbstractItemView;
class QMenu;
class QModelIndex;

/// The context menu of a view of posts (the evidence panel's top posts): "Copy URL" puts the post's URL on the
/// clipboard, "Open URL" opens it in the browser (QDesktopServices). The URL is the view's model's `urlRole`; a post
/// without one gets both entries disabled.
class PostContextMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostContextMenu)

public:
    /// Attaches to `view` (its context-menu policy becomes Qt::CustomContextMenu); owned by the view.
    PostContextMenu(QAbstractItemView *view, int urlRole);

    /// The menu for the post at `index` (what a right-click shows), owned by the caller.
    QMenu *menuFor(const QModelIndex &index) const;
    static void copyUrl(const QString &url);
    static void openUrl(const QString &url);

private:
    QAbstractItemView *m_view;
    int m_urlRole;
};
