// File dialogs remember their last folder, per purpose (issue 11, the walkthrough's defects).
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "ui/desktopsettings.h"
#include "ui/filedialogs.h"

using namespace Qt::StringLiterals;

class TestFileDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"GlassTrendTests"_s);
        desktopSettings().remove(u"fileDialogs"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"exports"_s));
        QVERIFY(QDir(m_dir.path()).mkpath(u"captures"_s));
    }

    void remembersTheFolderPerPurpose()
    {
        QCOMPARE(filedialogs::lastFolder(u"export"_s), QDir::homePath());
        QCOMPARE(filedialogs::lastFolder(u"export"_s, m_dir.path()), m_dir.path()); // the caller's fallback
        filedialogs::rememberFolder(u"export"_s, m_dir.filePath(u"exports/tiles.pdf"_s));
        filedialogs::rememberFolder(u"feeds"_s, m_dir.filePath(u"captures"_s), true);
        QCOMPARE(filedialogs::lastFolder(u"export"_s), m_dir.filePath(u"exports"_s));
        QCOMPARE(filedialogs::lastFolder(u"feeds"_s), m_dir.filePath(u"captures"_s));
        QCOMPARE(filedialogs::lastFolder(u"import"_s), QDir::homePath()); // another purpose: its own
        // A folder that is gone is not offered.
        filedialogs::rememberFolder(u"import"_s, m_dir.filePath(u"gone/posts.csv"_s));
        QCOMPARE(filedialogs::lastFolder(u"import"_s, m_dir.path()), m_dir.path());
    }

    void theNextDialogOpensThere()
    {
        filedialogs::rememberFolder(u"export"_s, m_dir.filePath(u"exports/tiles.pdf"_s));
        QString shownFolder;
        QString shownName;
        // Answer the dialog as the analyst would: see where it opened, pick a file in another folder.
        const QString answer = m_dir.filePath(u"captures/tiles.csv"_s);
        QTimer timer;
        timer.setInterval(20);
        connect(&timer, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QFileDialog *>(w);
                if (!dialog || !dialog->isVisible())
                    continue;
                timer.stop();
                shownFolder = dialog->directory().absolutePath();
                shownName = dialog->selectedFiles().value(0);
                // selectFile() leaves the name alone while the name field has focus: type it in instead.
                dialog->setDirectory(QFileInfo(answer).absolutePath());
                if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
                    name->setText(QFileInfo(answer).fileName());
                else
                    dialog->selectFile(answer);
                static_cast<QDialog *>(dialog)->accept();
                return;
            }
        });
        timer.start();
        const QString path = filedialogs::getSaveFileName(nullptr, u"export"_s, u"Export"_s, u"tiles.csv"_s,
                                                          u"CSV (*.csv)"_s, {}, QFileDialog::DontUseNativeDialog);
        QCOMPARE(shownFolder, m_dir.filePath(u"exports"_s));
        QCOMPARE(shownName, m_dir.filePath(u"exports/tiles.csv"_s));
        QCOMPARE(path, answer);
        QCOMPARE(filedialogs::lastFolder(u"export"_s), m_dir.filePath(u"captures"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
