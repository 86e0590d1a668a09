// The import summary (issue #10 item 6): grouped rejects, copies merged, encodings and repairs, the
// rejects saved as CSV, and a dialog that fits a 1280×720 screen whatever the import.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "ui/models/rejectsmodel.h"
#include "ui/widgets/importsummarydialog.h"

using namespace Qt::StringLiterals;

namespace {

/// Ten files with long names, each with 40 kinds of reject: more than any real import shows.
QList<ImportReport> bigImport()
{
    QList<ImportReport> reports;
    for (int f = 0; f < 10; ++f) {
        ImportReport r;
        r.file = u"/home/analyst/captures/2024-06-09_mediacrawler_xiaohongshu_search_抹茶拿铁_part%1_of_10_final_v2.csv"_s.arg(f);
        r.format = u"mediacrawler-xiaohongshu-csv"_s;
        r.encoding = u"GB18030"_s;
        r.read = 120000;
        r.accepted = 100000;
        r.inserted = 90000;
        r.updated = 9153;
        r.duplicatesInFile = 847;
        r.textRepairs = 3;
        r.firstTextRepairs = {u"line 500, byte 57"_s};
        for (int g = 0; g < 40; ++g) {
            for (int line = 0; line < 500; ++line)
                r.addReject({r.file, 2 + g * 1000 + line, -1, u"field_with_a_long_name_%1"_s.arg(g),
                             u"a reason that goes on and on explaining what was wrong with the value: \"%1\""_s.arg(line)});
        }
        reports.append(r);
    }
    return reports;
}

} // namespace

class TestImportSummaryDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitsA1280x720Screen()
    {
        QStringList errors;
        for (int i = 0; i < 5; ++i)
            errors.append(u"/home/analyst/captures/fifo%1: is a named pipe (FIFO), not a file: copy its content to a "
                          u"file and import that"_s.arg(i));
        ImportSummaryDialog dialog(bigImport(), errors, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QSize hint = dialog.sizeHint();
        QVERIFY2(hint.width() <= 1280 && hint.height() <= 720,
                 qPrintable(u"size hint %1×%2"_s.arg(hint.width()).arg(hint.height())));
        QVERIFY2(dialog.width() <= 1280 && dialog.height() <= 720,
                 qPrintable(u"size %1×%2"_s.arg(dialog.width()).arg(dialog.height())));
        QVERIFY(dialog.minimumSizeHint().width() <= 1280 && dialog.minimumSizeHint().height() <= 720);
    }

    void showsGroupsCopiesEncodingAndRepairs()
    {
        const QList<ImportReport> reports = bigImport();
        ImportSummaryDialog dialog(reports, {}, false);
        QAbstractItemModelTester tester(dialog.rejectsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.rejectsModel()->rowCount(), 400); // 10 files × 40 kinds, not 200,000 rows
        QCOMPARE(dialog.rejectsModel()->index(0, RejectsModel::CountColumn).data().toString(), u"500"_s);
        QCOMPARE(dialog.rejectsModel()->index(0, RejectsModel::LinesColumn).data().toString(),
                 u"lines 2, 3, 4, 5, 6, …"_s);
        QString labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels += label->text() + u'\n';
        QVERIFY(labels.contains(u"8,470 copies of posts already in the same file, merged"_s));
        QVERIFY(labels.contains(u"847 copies of posts already in this file, merged"_s));
        QVERIFY(labels.contains(u"GB18030"_s));
        QVERIFY(labels.contains(u"3 invalid GB18030 byte sequences replaced by U+FFFD (line 500, byte 57; …)"_s));
    }

    void savesEveryRejectAsCsv()
    {
        ImportReport r;
        r.file = u"a.csv"_s;
        r.addReject({r.file, 3, -1, u"created_at"_s, u"not a time: \"x\""_s});
        ImportSummaryDialog dialog({r}, {}, false);
        QVERIFY(dialog.saveRejectsButton()->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"rejects.csv"_s);
        QVERIFY(dialog.saveRejects(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBF" "file,line,record,field,reason\r\na.csv,3,,created_at,"
                                         "\"not a time: \"\"x\"\"\"\r\n"));

        ImportSummaryDialog clean({ImportReport{}}, {}, false);
        QVERIFY(!clean.saveRejectsButton()->isEnabled());
    }
};

QTEST_MAIN(TestImportSummaryDialog)
#include "tst_importsummarydialog.moc"
