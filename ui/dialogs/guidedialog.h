#pragma once

#include <QDialog>

class QMainWindow;
class QTextBrowser;

/// Help → Guide (F1): the offline guide, an HTML page compiled into the binary (resources/ui/guide/) in the
/// UI's language. The page's formulas are filled in from core/pipeline's formula texts (the ones the
/// decision log quotes) and its shortcut table from `window`'s menus as they are, so neither can drift
/// from the program.
class GuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideDialog)

public:
    explicit GuideDialog(const QMainWindow *window, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

    /// The guide's HTML for the current translation, its placeholders filled in (exposed for tests).
    static QString html(const QMainWindow *window);
    /// An HTML table of every menu entry of `window` that has a shortcut: menu, entry, keys.
    static QString shortcutTable(const QMainWindow *window);

private:
    QTextBrowser *m_browser;
};
