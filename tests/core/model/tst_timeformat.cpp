#include <QTest>

#include "core/model/timeformat.h"

class TestTimeFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoUtcWholeSeconds() { QCOMPARE(isoUtc(1748736000000), QStringLiteral("2025-06-01T00:00:00Z")); }
    void isoUtcKeepsMilliseconds() { QCOMPARE(isoUtc(1748736000123), QStringLiteral("2025-06-01T00:00:00.123Z")); }
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
