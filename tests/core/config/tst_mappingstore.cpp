#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/mappingstore.h"
#include "core/config/mappingyaml.h"

using namespace Qt::StringLiterals;

/// Saved column mappings: the YAML form (mappingyaml) and the store that finds them by columns.
class TestMappingStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlRoundTrip();
    void yamlErrorsNameTheProblem();
    void saveListAndFindByColumns();
};

namespace {

ColumnMapping sample()
{
    ColumnMapping m;
    m.name = u"我的 scraper"_s;
    m.platform = u"tiktok"_s;
    m.columns = {u"vid_id"_s, u"微博内容"_s, u"hashtags/0/name"_s, u"hashtags/1/name"_s, u"a: b"_s};
    m.fields = {{u"post_id"_s, u"vid_id"_s}, {u"text"_s, u"微博内容"_s}, {u"hashtags"_s, u"hashtags/*/name"_s},
                {u"creator_name"_s, u"a: b"_s}};
    return m;
}

} // namespace

void TestMappingStore::yamlRoundTrip()
{
    const ColumnMapping m = sample();
    const QString yaml = mappingyaml::write(m, u"first line\nsecond line"_s);
    QVERIFY(yaml.startsWith(u"# first line\n# second line\n"_s));
    QVERIFY2(yaml.contains(u"post_id: vid_id"_s), qPrintable(yaml));
    const Result<ColumnMapping> back = mappingyaml::read(yaml.toUtf8(), u"m.yaml"_s);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back.value().name, m.name);
    QCOMPARE(back.value().platform, m.platform);
    QCOMPARE(back.value().columns, m.columns);
    QCOMPARE(back.value().fields, m.fields);

    // The README's example reads as written by hand.
    const QByteArray readme = "name: my-scraper\nplatform: tiktok\nfields:\n  post_id: vid_id\n  text: vid_caption\n"
                              "  hashtags: hashtags/*/name\ncolumns: [vid_id, vid_caption, hashtags/0/name]\n";
    const Result<ColumnMapping> hand = mappingyaml::read(readme, u"readme"_s);
    QVERIFY(hand.ok());
    QCOMPARE(hand.value().fields.value(u"hashtags"_s), u"hashtags/*/name"_s);
}

void TestMappingStore::yamlErrorsNameTheProblem()
{
    const auto error = [](const QByteArray &yaml) {
        const Result<ColumnMapping> r = mappingyaml::read(yaml, u"map.yaml"_s);
        return r.ok() ? QString() : r.error().message;
    };
    QVERIFY(error("fields: [a").startsWith(u"map.yaml: not valid YAML"_s));
    QCOMPARE(error("feilds:\n  post_id: a\n"),
             u"map.yaml: unknown key \"feilds\" (a mapping has name, platform, fields, columns)"_s);
    QCOMPARE(error("fields:\n  post_id: [a, b]\n"), u"map.yaml: fields.post_id: expected a string"_s);
    QCOMPARE(error("name: x\n"), u"map.yaml: the mapping maps no field ('fields' is empty)"_s);
    QVERIFY(!mappingyaml::readFile(u"/nonexistent/m.yaml"_s).ok());
}

void TestMappingStore::saveListAndFindByColumns()
{
    QTemporaryDir dir;
    const MappingStore store(dir.filePath(u"mappings"_s));
    QVERIFY(store.list().isEmpty());
    QVERIFY(!store.find({u"vid_id"_s}).has_value());
    ColumnMapping unnamed = sample();
    unnamed.name.clear();
    QVERIFY(!store.save(unnamed).ok());

    QVERIFY(store.save(sample()).ok());
    ColumnMapping other;
    other.name = u"other"_s;
    other.columns = {u"x"_s, u"y"_s};
    other.fields = {{u"post_id"_s, u"x"_s}};
    QVERIFY(store.save(other).ok());
    const QList<ColumnMapping> all = store.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].name, u"other"_s);

    // Same columns in another order, with another number of hashtags/N/name columns and other case.
    const std::optional<ColumnMapping> found = store.find(
        {u"HASHTAGS/0/name"_s, u"a: b"_s, u"微博内容"_s, u"vid_id"_s, u"hashtags/1/name"_s, u"hashtags/2/name"_s});
    QVERIFY(found.has_value());
    QCOMPARE(found->name, u"我的 scraper"_s);
    QVERIFY(!store.find({u"vid_id"_s, u"微博内容"_s}).has_value());

    // Saving under the same name replaces it.
    ColumnMapping changed = other;
    changed.fields.insert(u"text"_s, u"y"_s);
    QVERIFY(store.save(changed).ok());
    QCOMPARE(store.list().size(), 2);
    QCOMPARE(store.find({u"y"_s, u"x"_s})->fields.size(), 2);
}

QTEST_GUILESS_MAIN(TestMappingStore)
#include "tst_mappingstore.moc"
