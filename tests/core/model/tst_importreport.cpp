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
        QCOMPARE(report.rejectGroups.size(), 1); // all of them in one group, counted
        QCOMPARE(report.rejectGroups[0].count, qint64(ImportReport::kMaxKeptRejects + 5));
    }

    void rejectsAreGroupedByFieldAndKindOfReason()
    {
        // Issue #10: a reject list repeated one reason thousands of times.
        ImportReport report;
        const QString f = QStringLiteral("posts.csv");
        for (int line = 2; line < 3002; ++line) {
            report.addReject({f, line, -1, QStringLiteral("created_at"),
                              QStringLiteral("not a time: \"%1 Uhr\"").arg(line)});
            if (line % 1000 == 0)
                report.addReject({f, line + 1, -1, QStringLiteral("post_id"), QStringLiteral("required")});
        }
        report.addReject({f, 0, 7, QStringLiteral("likes"), QStringLiteral("not a count: \"viele\"")});
        QCOMPARE(report.rejected, 3004);
        QCOMPARE(report.rejectGroups.size(), 3);
        const RejectGroup &times = report.rejectGroups[0];
        QCOMPARE(times.field, QStringLiteral("created_at"));
        QCOMPARE(times.reason, QStringLiteral("not a time: \"…\""));
        QCOMPARE(times.example, QStringLiteral("not a time: \"2 Uhr\""));
        QCOMPARE(times.count, 3000);
        QCOMPARE(times.firstLines, (QList<qint64>{2, 3, 4, 5, 6}));
        QCOMPARE(times.toString(), QStringLiteral("created_at: not a time: \"…\" — 3,000 records (lines 2, 3, 4, 5, 6, …)"));
        QCOMPARE(report.rejectGroups[1].toString(), QStringLiteral("post_id: required — 3 records (lines 1001, 2001, 3001)"));
        // A JSON array's reject has a record index and no line.
        QCOMPARE(report.rejectGroups[2].toString(), QStringLiteral("likes: not a count: \"…\" — 1 record (record 7)"));
    }

    void groupsAreBounded()
    {
        ImportReport report;
        for (int i = 0; i < ImportReport::kMaxGroups + 50; ++i)
            report.addReject({QStringLiteral("f"), i + 1, -1, QStringLiteral("field%1").arg(i), QStringLiteral("bad")});
        QCOMPARE(report.rejectGroups.size(), ImportReport::kMaxGroups + 1);
        QCOMPARE(report.rejectGroups.last().reason, QStringLiteral("other reasons"));
        QCOMPARE(report.rejectGroups.last().count, 50);
    }

    void textRepairSummary()
    {
        ImportReport report;
        QVERIFY(report.textRepairSummary().isEmpty());
        report.encoding = QStringLiteral("GB18030");
        report.textRepairs = 7;
        report.firstTextRepairs = {QStringLiteral("line 3, byte 9"), QStringLiteral("line 8, byte 1")};
        QCOMPARE(report.textRepairSummary(),
                 QStringLiteral("7 invalid GB18030 byte sequences replaced by U+FFFD (line 3, byte 9; line 8, byte 1; …)"));
    }
};

QTEST_GUILESS_MAIN(TestImportReport)
#include "tst_importreport.moc"
