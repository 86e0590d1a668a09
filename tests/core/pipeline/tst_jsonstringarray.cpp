#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/pipeline/jsonstringarray.h"

using namespace Qt::StringLiterals;

/// jsonStringArray must give exactly what QJsonArray::fromStringList gives, for every kind of string.
class TestJsonStringArray final : public QObject
{
    Q_OBJECT

    static void compareWithQt(const QStringList &list)
    {
        const QJsonArray fast = jsonStringArray(list);
        const QJsonArray qt = QJsonArray::fromStringList(list);
        QCOMPARE(fast, qt);
        QCOMPARE(fast.size(), list.size());
        for (qsizetype i = 0; i < list.size(); ++i)
            QCOMPARE(fast.at(i).toString(), list.at(i));
        // as stored and served: inside an object, serialized
        const QJsonObject a{{u"tags"_s, fast}};
        const QJsonObject b{{u"tags"_s, qt}};
        QCOMPARE(QJsonDocument(a).toJson(QJsonDocument::Compact), QJsonDocument(b).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void plainStrings()
    {
        compareWithQt({});
        compareWithQt({u"matcha"_s});
        compareWithQt({u"matcha"_s, u"matchalatte"_s, u"greentea"_s, QString()});
        compareWithQt({u""_s, u"a b"_s, u"x/y"_s, u"~"_s});
    }

    void beyondAscii()
    {
        compareWithQt({u"抹茶"_s, u"café"_s, u"straße"_s, u"洱海音乐节"_s, u"ünïcödé"_s, u"\u07FF\u0800\uFFFF"_s});
        compareWithQt({u"🍵"_s, u"matcha🍵latte"_s, u"𝕏"_s}); // surrogate pairs: 4-byte UTF-8
    }

    void stringsJsonEscapesTakeQtsRoad()
    {
        compareWithQt({u"say \"hi\""_s, u"back\\slash"_s});
        compareWithQt({u"tab\there"_s, u"new\nline"_s, QString(QChar(0x01))});
        compareWithQt({u"lone "_s + QChar(0xD83C), QString(QChar(0xDF75)) + u" low"_s}); // unpaired surrogates
    }
};

QTEST_GUILESS_MAIN(TestJsonStringArray)
#include "tst_jsonstringarray.moc"
