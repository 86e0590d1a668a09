#include <QTest>

#include "core/model/importreport.h"

class TestImportReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectNamesFileLineFieldReason()
    {
        const RejectedRecord r{QStringLiteral("posts.ndjson"), 12, -1, QStringLiteral("created_at"),
                               QStringLiteral("not a time: \"yesterday\"")};
        QCOMPARE(r.toString(), QStringLiteral("posts.ndjson:12: created_at: not a time: \"yesterday\""));
    }
    void keepsOnlyTheFirstRejectsButCountsAll()
    {
        ImportReport report;
        for (int i = 0; i < ImportReport::kMaxKeptRejects + 5; ++i)
            report.addReject({QStringLiteral("f"), i + 1, -1, {}, QStringLiteral("bad")});
        QCOMPARE(report.rejected, qint64(ImportReport::kMaxKeptRejects + 5));
        QCOMPARE(report.rejects.size(), ImportReport::kMaxKeptRejects);
    }
};

QTEST_GUILESS_MAIN(TestImportReport)
#include "tst_importreport.moc"
