#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// What the Trends page shows where tiles would be when a run has no posts to look at: in a project with no posts
/// yet, what to do ("Import data…", "Live feeds…"); in a window with no posts, that the window is empty and how to
/// move it. Never an "as of — UTC" with nothing to act on.
class EmptyProject final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyProject)

public:
    explicit EmptyProject(QWidget *parent = nullptr);

    /// `projectHasPosts` false: the project is empty; true: only this window is (it ends at `asOfText`).
    void showFor(bool projectHasPosts, const QString &asOfText = {});

    QString text() const;
    QPushButton *importButton() const { return m_import; }
    QPushButton *feedsButton() const { return m_feeds; }

Q_SIGNALS:
    void importRequested();
    void feedsRequested();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_import;
    QPushButton *m_feeds;
};
