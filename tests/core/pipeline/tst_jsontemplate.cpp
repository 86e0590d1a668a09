#include <QJsonDocument>
#include <QTest>

#include "core/pipeline/jsontemplate.h"

using namespace Qt::StringLiterals;

/// JsonTemplate must give exactly the object QJsonObject's own constructor gives, whatever the key order.
class TestJsonTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsBuildingKeyByKey()
    {
        // keys deliberately not in sorted order: QJsonObject sorts them, make() must still map each value right
        const JsonTemplate t{u"zeta"_s, u"alpha"_s, u"mid"_s};
        const QJsonObject made = t.make({1, u"text"_s, 2.5});
        const QJsonObject expected{{u"zeta"_s, 1}, {u"alpha"_s, u"text"_s}, {u"mid"_s, 2.5}};
        QCOMPARE(made, expected);
        QCOMPARE(QJsonDocument(made).toJson(), QJsonDocument(expected).toJson());
    }

    void objectsAreIndependent()
    {
        const JsonTemplate t{u"a"_s, u"b"_s};
        const QJsonObject first = t.make({1, 2});
        const QJsonObject second = t.make({3, 4});
        QCOMPARE(first.value(u"a"_s).toInt(), 1);
        QCOMPARE(second.value(u"a"_s).toInt(), 3);
        QCOMPARE(first.value(u"b"_s).toInt(), 2);
    }

    void fixedValuesAndUndefinedKeepTheTemplates()
    {
        const JsonTemplate t({u"check"_s, u"value"_s, u"threshold"_s}, {u"growth"_s});
        const QJsonObject made = t.make({QJsonValue(QJsonValue::Undefined), 0.25, 1.5});
        QCOMPARE(made, (QJsonObject{{u"check"_s, u"growth"_s}, {u"value"_s, 0.25}, {u"threshold"_s, 1.5}}));
        // a missing trailing value stays null
        QVERIFY(t.make({QJsonValue(QJsonValue::Undefined), 1}).value(u"threshold"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestJsonTemplate)
#include "tst_jsontemplate.moc"
