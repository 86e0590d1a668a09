#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "core/ingest/mappingguesser.h"
#include "ui/dialogs/mappingdialog.h"
#include "ui/models/mappingcolumnsmodel.h"
#include "ui/models/mappingpreviewmodel.h"

using namespace Qt::StringLiterals;

/// The mapping dialog and its two models, driven offscreen.
class TestMappingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessShownChangedAndPreviewed();
    void flattenedListsFeedHashtagsTogether();
};

namespace {

const QByteArray kCsv = "vid_id,vid_caption,when,hearts,author\n"
                        "7268712345678901234,matcha #latte,2024-06-09 13:03:00,541.2K,mia\n"
                        "7268712345678901235,tea time,2024-06-09 14:03:00,12,leo\n";

} // namespace

void TestMappingDialog::guessShownChangedAndPreviewed()
{
    const TableSample sample = TableSample::fromHead(kCsv).value();
    const MappingGuess guess = MappingGuesser::guess(sample);
    MappingDialog dialog(u"/tmp/scraper.csv"_s, sample, guess);
    dialog.show();
    QAbstractItemModelTester columnsTester(dialog.columnsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester previewTester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    MappingColumnsModel *columns = dialog.columnsModel();
    QCOMPARE(columns->rowCount(), 5);
    QCOMPARE(columns->fieldOf(0), u"post_id"_s);
    QCOMPARE(columns->fieldOf(1), u"text"_s);
    QCOMPARE(columns->fieldOf(2), u"created_at"_s);
    QCOMPARE(columns->fieldOf(3), QString()); // "hearts" is no known name
    QCOMPARE(columns->index(3, MappingColumnsModel::FieldColumn).data().toString(), u"(not imported)"_s);
    QCOMPARE(columns->fieldOf(4), u"creator_name"_s);

    // Nothing says the platform: Import waits for it.
    QCOMPARE(dialog.missing(), QStringList{u"platform"_s});
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.statusText().contains(u"platform"_s));
    MappingPreviewModel *preview = dialog.previewModel();
    QCOMPARE(preview->rowCount(), 2);
    QVERIFY(preview->index(0, MappingPreviewModel::ProblemColumn).data().toString().contains(u"platform"_s));

    dialog.platformBox()->setCurrentIndex(dialog.platformBox()->findData(u"tiktok"_s));
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(preview->goodRows(), 2);
    QCOMPARE(preview->index(0, MappingPreviewModel::LikesColumn).data().toLongLong(), 0);

    // The analyst gives "hearts" the likes field through the field box of the selected column.
    dialog.columnsView()->setCurrentIndex(columns->index(3, 0));
    const int likes = dialog.fieldBox()->findData(u"likes"_s);
    dialog.fieldBox()->setCurrentIndex(likes);
    Q_EMIT dialog.fieldBox()->activated(likes);
    QCOMPARE(columns->fieldOf(3), u"likes"_s);
    QCOMPARE(preview->index(0, MappingPreviewModel::LikesColumn).data().toLongLong(), 541200);
    QCOMPARE(preview->index(0, MappingPreviewModel::PlatformColumn).data().toString(), u"tiktok"_s);

    // A field has one source: giving post_id to the caption takes it from vid_id.
    QVERIFY(columns->setData(columns->index(1, MappingColumnsModel::FieldColumn), u"post_id"_s));
    QCOMPARE(columns->fieldOf(0), QString());
    QCOMPARE(columns->fieldOf(1), u"post_id"_s);
    QVERIFY(!columns->setData(columns->index(1, MappingColumnsModel::FieldColumn), u"no_such_field"_s));
    QVERIFY(columns->setData(columns->index(0, MappingColumnsModel::FieldColumn), u"post_id"_s));
    QVERIFY(columns->setData(columns->index(1, MappingColumnsModel::FieldColumn), u"text"_s));

    dialog.nameEdit()->setText(u"my scraper"_s);
    const ColumnMapping m = dialog.mapping();
    QCOMPARE(m.name, u"my scraper"_s);
    QCOMPARE(m.platform, u"tiktok"_s);
    QCOMPARE(m.columns, sample.columns);
    QCOMPARE(m.fields.value(u"likes"_s), u"hearts"_s);
    QVERIFY(dialog.saveRequested());
    dialog.saveBox()->setChecked(false);
    QVERIFY(dialog.mapping().name.isEmpty());

    // A slug typed by hand is taken when valid.
    dialog.platformBox()->setEditText(u"RedNote"_s);
    QCOMPARE(dialog.platform(), u"xiaohongshu"_s);
}

void TestMappingDialog::flattenedListsFeedHashtagsTogether()
{
    const QByteArray csv = "id,desc,createTimeISO,authorMeta/name,hashtags/0/name,hashtags/1/name,webVideoUrl\n"
                           "1,hi,2024-06-01T10:00:00Z,mia,a,b,https://www.tiktok.com/@mia/video/1\n";
    const TableSample sample = TableSample::fromHead(csv).value();
    MappingDialog dialog(u"apify.csv"_s, sample, MappingGuesser::guess(sample));
    MappingColumnsModel *columns = dialog.columnsModel();
    QCOMPARE(columns->fieldOf(4), u"hashtags"_s);
    QCOMPARE(columns->fieldOf(5), u"hashtags"_s);
    QCOMPARE(dialog.mapping().fields.value(u"hashtags"_s), u"hashtags/*/name"_s);
    QVERIFY(dialog.importButton()->isEnabled()); // the URL says the platform
    QCOMPARE(dialog.previewModel()->index(0, MappingPreviewModel::HashtagsColumn).data().toString(), u"a b"_s);
    QVERIFY(columns->setField(5, QString()));
    QCOMPARE(columns->fieldOf(4), QString()); // the list goes as a whole
    QVERIFY(columns->setField(4, u"hashtags"_s));
    QCOMPARE(columns->fieldOf(5), u"hashtags"_s);
}

QTEST_MAIN(TestMappingDialog)
#include "tst_mappingdialog.moc"
