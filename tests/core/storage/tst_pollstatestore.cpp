// The live feeds' poll state on both backends (SQLite: a table made on first use; PostgreSQL: migration 4): files
// of a folder source and the validators of a URL source round-trip, and an entry is replaced, never doubled.
#include <QTest>

#include "core/storage/pollstatestore.h"
#include "tests/support/storagebackends.h"

using namespace Qt::StringLiterals;

class TestPollStateStore : public QObject
{
    Q_OBJECT

    StorageBackends m_backends;

private Q_SLOTS:
    void initTestCase() { m_backends.start(); }

    void roundTrip_data() { StorageBackends::addRows(); }
    void roundTrip()
    {
        GT_OPEN_STORAGE(m_backends, storage);
        QVERIFY(storage.pollState);
        const PollStateStore &store = *storage.pollState;
        const PolledFile file{u"a.ndjson"_s, 120, 1'700'000'000'000, 100, u"abc"_s, u"native-ndjson"_s, 7};
        QVERIFY(store.saveFile(u"folder:/x"_s, file).ok());
        QVERIFY(store.saveValidators(u"url:http://h/f"_s, {u"\"v1\""_s, u"Sat, 01 Jun 2024 00:00:00 GMT"_s}).ok());

        auto files = store.files(u"folder:/x"_s);
        QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error().message));
        QCOMPARE(files.value().size(), 1);
        const PolledFile back = files.value().value(u"a.ndjson"_s);
        QCOMPARE(back.size, 120);
        QCOMPARE(back.mtimeMs, 1'700'000'000'000);
        QCOMPARE(back.consumed, 100);
        QCOMPARE(back.headSha1, u"abc"_s);
        QCOMPARE(back.format, u"native-ndjson"_s);
        QCOMPARE(back.lines, 7);
        QVERIFY(store.files(u"url:http://h/f"_s).value().isEmpty()); // the URL's entry is not a file

        // The file grew: its entry is replaced.
        PolledFile grown = file;
        grown.size = 240;
        grown.consumed = 240;
        QVERIFY(store.saveFile(u"folder:/x"_s, grown).ok());
        QCOMPARE(store.files(u"folder:/x"_s).value().size(), 1);
        QCOMPARE(store.files(u"folder:/x"_s).value().value(u"a.ndjson"_s).consumed, 240);

        auto validators = store.validators(u"url:http://h/f"_s);
        QVERIFY(validators.ok());
        QCOMPARE(validators.value().etag, u"\"v1\""_s);
        QCOMPARE(validators.value().lastModified, u"Sat, 01 Jun 2024 00:00:00 GMT"_s);
        QCOMPARE(store.validators(u"url:other"_s).value(), UrlValidators{});
        QVERIFY(store.saveValidators(u"url:http://h/f"_s, {u"\"v2\""_s, {}}).ok());
        QCOMPARE(store.validators(u"url:http://h/f"_s).value().etag, u"\"v2\""_s);
    }
};

QTEST_GUILESS_MAIN(TestPollStateStore)
#include "tst_pollstatestore.moc"
