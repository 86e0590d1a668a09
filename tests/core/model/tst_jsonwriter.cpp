#include <cmath>
#include <cstring>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include "core/model/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray written(const QJsonObject &object)
{
    QByteArray out;
    JsonWriter(out).object(object);
    return out;
}

/// What the writer's text reads back as, through QJsonDocument.
QJsonObject readBack(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s: %s", qPrintable(error.errorString()), text.constData());
    return document.object();
}

/// A string of random UTF-16 units: ASCII, control characters, CJK, emoji as surrogate pairs, lone surrogates.
QString randomText(QRandomGenerator &random)
{
    QString text;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i) {
        switch (random.bounded(6)) {
        case 0: text += QChar(char16_t(random.bounded(0x20))); break;
        case 1: text += QChar(char16_t(0x20 + random.bounded(0x60))); break;
        case 2: text += QChar(char16_t(0x4e00 + random.bounded(0x5000))); break;
        case 3: text += QString::fromUcs4(U"\U0001F375"); break;
        case 4: text += QChar(char16_t(0xd800 + random.bounded(0x800))); break; // a lone surrogate
        default: text += u"\"\\/"_s.at(random.bounded(3)); break;
        }
    }
    return text;
}

double randomDouble(QRandomGenerator &random)
{
    switch (random.bounded(5)) {
    case 0: return random.generateDouble();
    case 1: return double(qint64(random.generate64() >> random.bounded(64)));
    case 2: return std::ldexp(random.generateDouble() - 0.5, int(random.bounded(2000)) - 1000);
    case 3: return std::round(random.generateDouble() * 1e6) / 1e3;
    default: {
        const quint64 bits = random.generate64();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return std::isfinite(d) ? d : 0.5;
    }
    }
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 2 ? 5 : 7)) {
    case 0: return QJsonValue(QJsonValue::Null);
    case 1: return random.bounded(2) == 1;
    case 2: return qint64(random.generate64());
    case 3: return randomDouble(random);
    case 4: return randomText(random);
    case 5: {
        QJsonArray array;
        for (int i = int(random.bounded(4)); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = int(random.bounded(4)); i > 0; --i)
            object.insert(randomText(random), randomValue(random, depth + 1));
        return object;
    }
    }
}

/// Equal as values: QJsonObject's own == also tells an integer from a double of the same value.
bool sameValues(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList xKeys = x.keys(), yKeys = y.keys(); // in an order Qt keeps by its own rules
        xKeys.sort();
        yKeys.sort();
        if (xKeys != yKeys)
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!sameValues(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameValues(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble() && a.toInteger(1) == b.toInteger(1);
    return a == b;
}

} // namespace

class TestJsonWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesCompactJsonByHand()
    {
        QByteArray out;
        JsonWriter w(out);
        w.beginObject();
        w.key("posts"_L1).integer(12);
        w.key("tags"_L1).strings({u"matcha"_s, u"抹茶"_s});
        w.key("rate"_L1).number(0.1);
        w.key("none"_L1).number(std::optional<double>());
        w.key("nan"_L1).number(std::nan(""));
        w.key("inf"_L1).number(std::numeric_limits<double>::infinity());
        w.key("ok"_L1).boolean(false);
        w.key("hours"_L1).integers(QList<int>{1, -2});
        w.key("nested"_L1).beginObject().key("a"_L1).null().endObject();
        w.key("text"_L1).string(u"say \"hi\"\\\n\t\u0001"_s);
        w.endObject();
        const QByteArray expected = "{\"posts\":12,\"tags\":[\"matcha\",\"抹茶\"],\"rate\":0.1,\"none\":null,"
                                    "\"nan\":null,\"inf\":null,\"ok\":false,\"hours\":[1,-2],\"nested\":{\"a\":null},"
                                    "\"text\":\"say \\\"hi\\\"\\\\\\n\\t\\u0001\"}";
        QCOMPARE(out, expected);
    }

    void numbersKeepEveryBit()
    {
        QByteArray out;
        JsonWriter w(out);
        w.beginArray();
        const QList<double> doubles = {0.1, 1.0 / 3, 1e300, -1e-300, 5e-324, 123456789.125, -0.0, 1e21, 2.5e15};
        for (const double d : doubles)
            w.number(d);
        w.integer(std::numeric_limits<qint64>::max()).integer(std::numeric_limits<qint64>::min());
        w.value(QJsonValue(qint64(9'007'199'254'740'993))); // 2^53 + 1: a double would lose the 1
        w.endArray();
        const QJsonArray back = QJsonDocument::fromJson(out).array();
        QCOMPARE(back.size(), doubles.size() + 3);
        for (qsizetype i = 0; i < doubles.size(); ++i)
            QCOMPARE(back.at(i).toDouble(), doubles.at(i));
        QCOMPARE(back.at(doubles.size()).toInteger(), std::numeric_limits<qint64>::max());
        QCOMPARE(back.at(doubles.size() + 1).toInteger(), std::numeric_limits<qint64>::min());
        QCOMPARE(back.at(doubles.size() + 2).toInteger(), qint64(9'007'199'254'740'993));
    }

    /// Any object reads back as what it was: strings with lone surrogates and control characters, doubles of every
    /// magnitude, integers beyond 2^53 (which QJsonDocument's own text rounds to a double).
    void randomObjectsReadBackUnchanged()
    {
        QRandomGenerator random(2026);
        for (int i = 0; i < 3000; ++i) {
            const QJsonObject object = randomValue(random, 2).toObject();
            const QJsonObject back = readBack(written(object));
            if (!sameValues(back, object))
                QCOMPARE(back, object); // shows both
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
