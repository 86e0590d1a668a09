#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QStringList>
#include <QStringView>

/// Writes compact JSON text straight into UTF-8, for the forms GlassTrend writes in bulk (every cluster of a run with
/// its evidence, the values of tens of thousands of decisions), where building a QJsonObject first and serializing it
/// through QJsonDocument cost more than the pipeline itself. Read back by QJsonDocument, the text gives the same
/// values QJsonDocument's own text would: numbers keep every bit (shortest round-trip form), a NaN or an infinity is
/// null, strings are UTF-8 with JSON's escapes.
///
///     JsonWriter w(out);
///     w.beginObject().key("posts"_L1).integer(12).key("tags"_L1).strings(tags).endObject();
///
/// Commas are placed by the writer: after a key comes its value, after a value the next key or the end.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }
    /// A key of the object being written: plain ASCII without characters to escape (the callers' literals).
    JsonWriter &key(QLatin1StringView name);

    JsonWriter &string(QStringView text);
    JsonWriter &integer(qint64 value);
    JsonWriter &number(double value); ///< NaN and infinities are null
    JsonWriter &number(const std::optional<double> &value); ///< nullopt is null
    JsonWriter &boolean(bool value);
    JsonWriter &null();
    JsonWriter &value(const QJsonValue &value);
    JsonWriter &object(const QJsonObject &object);

    JsonWriter &strings(const QStringList &list);
    template <typename Int> JsonWriter &integers(const QList<Int> &list)
    {
        beginArray();
        for (const Int v : list)
            integer(qint64(v));
        return endArray();
    }

private:
    JsonWriter &open(char bracket);
    JsonWriter &close(char bracket);
    void separate()
    {
        if (m_needComma)
            m_out.append(',');
        m_needComma = true;
    }

    QByteArray &m_out;
    bool m_needComma = false;
};
