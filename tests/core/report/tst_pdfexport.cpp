#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/report/pdfexport.h"
#include "tests/core/report/reportfixture.h"

using namespace Qt::StringLiterals;

namespace {

/// Runs a poppler tool on `pdf` and returns its standard output (UTF-8), or a null string when
/// the tool is missing or fails: the caller's QVERIFY then fails with the tool's name.
QString popplerOutput(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return popplerOutput(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
}

} // namespace

class TestPdfExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString exportPdf(const QString &name, const PdfOptions &options = {})
    {
        const QString path = m_dir.filePath(name);
        const Status status = writeTilesPdf(reportfixture::threeTiles(), path, options);
        if (!status.ok()) {
            qWarning("%s", qPrintable(status.error().message));
            return {};
        }
        // GT_KEEP_PDF=dir keeps a copy to look at (pdftoppm -png -r 60 …).
        const QString keep = qEnvironmentVariable("GT_KEEP_PDF");
        if (!keep.isEmpty()) {
            QFile::remove(QDir(keep).filePath(name));
            QFile::copy(path, QDir(keep).filePath(name));
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext missing: install poppler-utils (packaging/install-deps.sh)");
    }

    void allTilesWithChineseAndUrgencyLabels()
    {
        QList<std::pair<int, int>> progress;
        PdfOptions options;
        options.title = u"Weekly trend brief"_s;
        options.progress = [&progress](int done, int total) { progress.append({done, total}); };
        const QString path = exportPdf(u"all.pdf"_s, options);
        QVERIFY(!path.isEmpty());
        QVERIFY(QFile(path).size() > 1000);

        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext gave no text");
        for (const QString &expected : {u"Weekly trend brief"_s, u"#matchalatte #抹茶拿铁 #icedmatcha"_s, u"#blokecore #footballshirt"_s,
                                        u"#cottagecore"_s, u"ACT NOW"_s, u"PREPARE"_s, u"MONITOR"_s, u"茶茶今天喝什么"_s,
                                        u"今天的 #抹茶拿铁 太好喝了"_s, u"#小红书 #日常"_s, u"velocity = Σ engagement / hours_since_first_seen"_s,
                                        u"4.3×"_s, u"5.4k/h"_s, u"undefined"_s, u"window.hours"_s, u"253,670"_s, u"Page 1 of"_s,
                                        u"✓"_s, u"lifecycle rising"_s, u"2 of 3 baseline windows covered"_s,
                                        u"hatched: uncovered"_s})
            QVERIFY2(text.contains(expected), qPrintable(u"missing in PDF text: "_s + expected));
        QVERIFY2(!text.contains(u"#noise"_s), "a cluster that is not a trend was exported");
        QVERIFY2(!text.contains(u"END-OF-LONG-TEXT"_s), "a long post text was not cut to a few lines");
        QVERIFY(text.contains(u"terrace jacket"_s));
        QVERIFY(text.contains(u"…"_s));

        QCOMPARE(progress.first(), (std::pair<int, int>(0, 3)));
        QCOMPARE(progress.last(), (std::pair<int, int>(3, 3)));
    }

    void fontsAreEmbeddedOutlines()
    {
        const QString path = exportPdf(u"fonts.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString fonts = popplerOutput(u"pdffonts"_s, {path});
        QVERIFY2(!fonts.isEmpty(), "pdffonts failed or missing");
        const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2); // two header lines
        QVERIFY(!lines.isEmpty());
        bool cjk = false;
        for (const QString &line : lines) {
            QVERIFY2(!line.contains(u"Type 3"_s), qPrintable(u"bitmap font: "_s + line));
            // columns: name type encoding emb sub uni object ID; "emb" is the first yes/no
            const QStringList cols = line.simplified().split(u' ');
            const qsizetype emb = cols.indexOf(u"yes"_s) >= 0 && (cols.indexOf(u"no"_s) < 0 || cols.indexOf(u"yes"_s) < cols.indexOf(u"no"_s))
                                      ? cols.indexOf(u"yes"_s)
                                      : -1;
            QVERIFY2(emb > 0, qPrintable(u"font not embedded: "_s + line));
            cjk = cjk || line.contains(u"CJK"_s) || line.contains(u"WenQuanYi"_s, Qt::CaseInsensitive);
        }
        QVERIFY2(cjk, qPrintable(u"no CJK font embedded:\n"_s + fonts));
    }

    void eachTileStaysOnOnePage()
    {
        const QString path = exportPdf(u"pages.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString info = popplerOutput(u"pdfinfo"_s, {path});
        QVERIFY(info.contains(u"Pages:           4"_s)); // cover + one page per tile (each fits on one)
        const QStringList labels{u"ACT NOW"_s, u"PREPARE"_s, u"MONITOR"_s};
        for (int page = 2; page <= 4; ++page) {
            const QString text = popplerOutput(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                                                 QString::number(page), path, u"-"_s});
            // the tile's own label, its last section, and its page number in the footer
            QVERIFY2(text.contains(labels.at(page - 2)), qPrintable(text));
            QVERIFY(text.contains(u"Top posts by engagement"_s));
            QVERIFY(text.contains(u"Page "_s % QString::number(page) % u" of 4"_s));
            for (const QString &other : labels) {
                if (other != labels.at(page - 2))
                    QVERIFY2(!text.contains(other), qPrintable(other));
            }
        }
    }

    void chartsAreVectorGraphics()
    {
        const QString path = exportPdf(u"vector.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString images = popplerOutput(u"pdfimages"_s, {u"-list"_s, path});
        QVERIFY2(!images.isEmpty(), "pdfimages failed or missing");
        QCOMPARE(images.split(u'\n', Qt::SkipEmptyParts).size(), 2); // the header only: not one raster image
    }

    void selectedTileOnly()
    {
        PdfOptions options;
        options.trendIds = {u"t-b10c3e"_s};
        const QString path = exportPdf(u"one.pdf"_s, options);
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"#blokecore #footballshirt"_s));
        QVERIFY(text.contains(u"PREPARE"_s));
        QVERIFY(!text.contains(u"#matchalatte"_s));
        QVERIFY(!text.contains(u"#cottagecore"_s));
        QVERIFY(!text.contains(u"ACT NOW"_s));
        QVERIFY(!text.contains(u"MONITOR"_s));
    }

    void unknownTrendIdIsAnError()
    {
        PdfOptions options;
        options.trendIds = {u"t-nope"_s};
        const QString path = m_dir.filePath(u"none.pdf"_s);
        const Status status = writeTilesPdf(reportfixture::threeTiles(), path, options);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, u"invalid_value"_s);
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePathIsAnError()
    {
        const QString path = m_dir.filePath(u"no/such/dir/report.pdf"_s);
        const Status status = writeTilesPdf(reportfixture::threeTiles(), path, {});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, u"io"_s);
        QVERIFY(!QFile::exists(path));
    }

    void cancelledExportLeavesNoFile()
    {
        const QString path = m_dir.filePath(u"cancelled.pdf"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous report");
        old.close();

        PdfOptions options;
        // cancel from the progress callback after the first tile: the export stops mid-way
        options.progress = [token = options.cancel](int done, int) {
            if (done == 1)
                token.cancel();
        };
        const Status status = writeTilesPdf(reportfixture::threeTiles(), path, options);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, u"cancelled"_s);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous report")); // the old file is untouched
        const QStringList leftovers = QDir(m_dir.path()).entryList(QDir::Files);
        QCOMPARE(leftovers.filter(u"cancelled"_s), QStringList{u"cancelled.pdf"_s});
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
