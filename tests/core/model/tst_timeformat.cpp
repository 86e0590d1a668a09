#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include "core/model/timeformat.h"

class TestTimeFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoUtcWholeSeconds() { QCOMPARE(isoUtc(1748736000000), QStringLiteral("2025-06-01T00:00:00Z")); }
    void isoUtcKeepsMilliseconds() { QCOMPARE(isoUtc(1748736000123), QStringLiteral("2025-06-01T00:00:00.123Z")); }
    /// isoUtc writes years 1 to 9999 itself: it must agree with QDateTime everywhere, leap days, century years,
    /// times before 1970 and the range's edges included.
    void isoUtcAgreesWithQDateTime()
    {
        const auto expected = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                .toString(ms % 1000 == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ssZ") : QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        };
        const QList<qint64> fixed = {0,
                                     -1,
                                     -1000,
                                     -1500,
                                     -86'400'000,
                                     951'782'400'000,  // 2000-02-29
                                     4'107'542'400'000, // 2100-03-01
                                     -2'203'891'200'000, // 1900-03-01
                                     -62'135'596'800'000,
                                     253'402'300'799'999,
                                     1'748'736'000'999};
        for (const qint64 ms : fixed)
            QCOMPARE(isoUtc(ms), expected(ms));
        QRandomGenerator random(7);
        for (int i = 0; i < 20'000; ++i) {
            const qint64 ms = qint64(random.bounded(315'537'897'600'000.0)) - 62'135'596'800'000;
            const qint64 whole = i % 2 ? ms - ms % 1000 : ms;
            QCOMPARE(isoUtc(whole), expected(whole));
        }
        // Outside years 1 to 9999: as QDateTime writes them.
        QCOMPARE(isoUtc(-62'135'596'800'001), expected(-62'135'596'800'001));
        QCOMPARE(isoUtc(253'402'300'800'000), expected(253'402'300'800'000));
    }
    void parseWithOffset()
    {
        QCOMPARE(parseIsoUtc(QStringLiteral("2025-06-01T08:00:00+08:00")), std::optional<qint64>(1748736000000));
        QCOMPARE(parseIsoUtc(QStringLiteral("2025-06-01T00:00:00Z")), std::optional<qint64>(1748736000000));
    }
    void parseRejectsNaiveAndGarbage()
    {
        QVERIFY(!parseIsoUtc(QStringLiteral("2025-06-01T00:00:00")).has_value());
        QVERIFY(!parseIsoUtc(QStringLiteral("yesterday")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
