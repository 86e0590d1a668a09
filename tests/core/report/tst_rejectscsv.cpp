// The import's rejects saved as CSV (issue #10 item 6): every kept reject, RFC 4180 escaped.
#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include "core/report/rejectscsv.h"

using namespace Qt::StringLiterals;

class TestRejectsCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryKeptReject()
    {
        ImportReport a;
        a.file = u"/data/a.csv"_s;
        a.addReject({a.file, 3, -1, u"created_at"_s, u"not a time: \"3, June\""_s});
        a.addReject({a.file, 9, -1, u"post_id"_s, u"required"_s});
        ImportReport b;
        b.file = u"/data/b.json"_s;
        b.addReject({b.file, 0, 4, u"likes"_s, u"not a count: \"很多\""_s});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeRejectsCsv({a, b}, buffer).ok());
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                           "file,line,record,field,reason\r\n"
                                           "/data/a.csv,3,,created_at,\"not a time: \"\"3, June\"\"\"\r\n"
                                           "/data/a.csv,9,,post_id,required\r\n")
                                    + u"/data/b.json,,4,likes,\"not a count: \"\"很多\"\"\"\r\n"_s.toUtf8());
    }

    void saysWhenRejectsWereNotKept()
    {
        ImportReport a;
        a.file = u"a.csv"_s;
        for (int i = 0; i < ImportReport::kMaxKeptRejects + 3; ++i)
            a.addReject({a.file, i + 2, -1, u"post_id"_s, u"required"_s});
        QTemporaryDir dir;
        const QString path = dir.filePath(u"rejects.csv"_s);
        QVERIFY(writeRejectsCsv({a}, path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), ImportReport::kMaxKeptRejects + 3); // header, kept rows, the note, ""
        QCOMPARE(lines.at(lines.size() - 2), QByteArray("a.csv,,,,… and 3 more rejects not kept in memory\r"));
        QVERIFY(!writeRejectsCsv({a}, dir.filePath(u"missing/dir/r.csv"_s)).ok());
    }
};

QTEST_GUILESS_MAIN(TestRejectsCsv)
#include "tst_rejectscsv.moc"
