#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/report/pdfexport.h"
#include "tests/core/report/reportfixture.h"

using namespace Qt::StringLiterals;

/// A process with only a QCoreApplication (the REST server, a CLI command): PDF export must
/// answer with an error, not abort inside QFont.
class TestPdfExportNoGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorWithoutGuiApplication()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"report.pdf"_s);
        const Status status = writeTilesPdf(reportfixture::threeTiles(), path, {});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, u"unsupported"_s);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestPdfExportNoGui)
#include "tst_pdfexportnogui.moc"
