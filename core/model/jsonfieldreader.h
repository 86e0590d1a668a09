#pragma once

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/model/result.h"

/// The JSON number rules shared by every writer of the run JSON: a non-finite double is written as
/// null (QJsonDocument would do it anyway; doing it here keeps the rule visible), and readers map
/// null back to NaN.
QJsonValue jsonNumber(double value);
QJsonValue jsonOptionalNumber(const std::optional<double> &value);

/// Reads typed fields from one JSON object and remembers the first problem, named by its path
/// ("cluster.checks[2].threshold: expected a number"), so callers stay a flat list of fields
/// and report one clear error at the end.
class JsonFieldReader
{
public:
    JsonFieldReader(const QJsonObject &object, QString path, QString *firstError);

    QJsonValue raw(QLatin1StringView key, bool required = true);
    QString string(QLatin1StringView key);
    bool boolean(QLatin1StringView key);
    double real(QLatin1StringView key); ///< null reads as NaN
    std::optional<double> optionalReal(QLatin1StringView key);
    qint64 integer(QLatin1StringView key);
    std::optional<qint64> optionalInteger(QLatin1StringView key);
    qint64 time(QLatin1StringView key); ///< ISO-8601 with offset or Z, as epoch ms
    QStringList strings(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);
    QJsonObject object(QLatin1StringView key, bool required = true);

    template <typename Int> QList<Int> integers(QLatin1StringView key)
    {
        QList<Int> out;
        const QJsonArray a = array(key);
        for (const QJsonValue &v : a)
            out.append(Int(toInteger(key, v)));
        return out;
    }

    /// Reads `key` as an array of objects, each through `readOne(JsonFieldReader &)`, with paths
    /// like "cluster.checks[2]".
    template <typename T, typename Fn> QList<T> objects(QLatin1StringView key, Fn readOne)
    {
        QList<T> out;
        const QJsonArray a = array(key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isObject()) {
                fail(key, QStringLiteral("expected an array of objects"));
                continue;
            }
            JsonFieldReader r(a.at(i).toObject(), childPath(key, i), m_error);
            out.append(readOne(r));
        }
        return out;
    }

    /// The error for JSON that reads but holds a wrong value (code `invalid_value`).
    static Error invalidValue(const QString &message);

    /// A reader for the object at `key` (an empty one, with the error noted, if it is not one).
    JsonFieldReader child(QLatin1StringView key, bool required = true);

    QString childPath(QLatin1StringView key, qsizetype index = -1) const;
    void fail(QLatin1StringView key, const QString &what);

private:
    /// The value at `key`, with `what` noted as the error when it is present but not `isType`.
    QJsonValue typed(QLatin1StringView key, bool (QJsonValue::*isType)() const, const QString &what,
                     bool required = true);
    qint64 toInteger(QLatin1StringView key, const QJsonValue &v);

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};
