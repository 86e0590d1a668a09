// A post's context menu in the evidence panel: Copy URL and Open URL (issue 11, the walkthrough's defects).
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include "tests/ui/runfixture.h"
#include "ui/models/toppostsmodel.h"
#include "ui/widgets/evidencepanel.h"
#include "ui/widgets/postcontextmenu.h"

using namespace Qt::StringLiterals;

/// Stands in for the browser: QDesktopServices hands it the URLs it is asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestPostContextMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyAndOpenTheUrlOfAPost()
    {
        EvidencePanel panel;
        panel.setSnapshot(RunSnapshot::make(uifixture::makeRun()));
        panel.setTrend(u"t-matchalatte"_s);
        QTableView *posts = panel.postsView();
        QCOMPARE(posts->contextMenuPolicy(), Qt::CustomContextMenu);
        auto *menus = posts->findChild<PostContextMenu *>();
        QVERIFY(menus);
        const QModelIndex first = posts->model()->index(0, 0);
        QCOMPARE(first.data(TopPostsModel::UrlRole).toString(), u"https://example.com/p1"_s);

        std::unique_ptr<QMenu> menu(menus->menuFor(first));
        auto *copy = menu->findChild<QAction *>(u"copyUrl"_s);
        auto *open = menu->findChild<QAction *>(u"openUrl"_s);
        QVERIFY(copy && open);
        QCOMPARE(copy->text(), u"Copy URL"_s);
        QCOMPARE(open->text(), u"Open URL"_s);
        QVERIFY(copy->isEnabled() && open->isEnabled());

        QGuiApplication::clipboard()->setText(u"something else"_s);
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"https://example.com/p1"_s);

        UrlCatcher browser;
        QDesktopServices::setUrlHandler(u"https"_s, &browser, "open");
        open->trigger();
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QCOMPARE(browser.opened, QList<QUrl>{QUrl(u"https://example.com/p1"_s)});
    }

    void aPostWithoutUrlHasBothEntriesDisabled()
    {
        RunResult run = uifixture::makeRun();
        run.clusters[0].topPosts[1].url.clear();
        EvidencePanel panel;
        panel.setSnapshot(RunSnapshot::make(std::move(run)));
        panel.setTrend(u"t-matchalatte"_s);
        auto *menus = panel.postsView()->findChild<PostContextMenu *>();
        std::unique_ptr<QMenu> menu(menus->menuFor(panel.postsView()->model()->index(1, 0)));
        QVERIFY(!menu->findChild<QAction *>(u"copyUrl"_s)->isEnabled());
        QVERIFY(!menu->findChild<QAction *>(u"openUrl"_s)->isEnabled());
    }
};

QTEST_MAIN(TestPostContextMenu)
#include "tst_postcontextmenu.moc"
