#include "core/model/jsonfieldreader.h"

#include <cmath>
#include <limits>

#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonOptionalNumber(const std::optional<double> &value)
{
    return value ? jsonNumber(*value) : QJsonValue(QJsonValue::Null);
}

Error JsonFieldReader::invalidValue(const QString &message)
{
    return Error{u"invalid_value"_s, message, {}};
}

JsonFieldReader::JsonFieldReader(const QJsonObject &object, QString path, QString *firstError)
    : m_object(object), m_path(std::move(path)), m_error(firstError)
{
}

QJsonValue JsonFieldReader::raw(QLatin1StringView key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() && required)
        fail(key, u"missing"_s);
    return v;
}

QJsonValue JsonFieldReader::typed(QLatin1StringView key, bool (QJsonValue::*isType)() const, const QString &what,
                                  bool required)
{
    const QJsonValue v = raw(key, required);
    if (!v.isUndefined() && !(v.*isType)())
        fail(key, what);
    return v;
}

QString JsonFieldReader::string(QLatin1StringView key)
{
    return typed(key, &QJsonValue::isString, u"expected a string"_s).toString();
}

bool JsonFieldReader::boolean(QLatin1StringView key)
{
    return typed(key, &QJsonValue::isBool, u"expected true or false"_s).toBool();
}

QJsonArray JsonFieldReader::array(QLatin1StringView key)
{
    return typed(key, &QJsonValue::isArray, u"expected an array"_s).toArray();
}

QJsonObject JsonFieldReader::object(QLatin1StringView key, bool required)
{
    return typed(key, &QJsonValue::isObject, u"expected an object"_s, required).toObject();
}

JsonFieldReader JsonFieldReader::child(QLatin1StringView key, bool required)
{
    return JsonFieldReader(object(key, required), childPath(key), m_error);
}

double JsonFieldReader::real(QLatin1StringView key)
{
    const QJsonValue v = raw(key);
    if (v.isNull())
        return std::numeric_limits<double>::quiet_NaN();
    if (!v.isUndefined() && !v.isDouble())
        fail(key, u"expected a number"_s);
    return v.toDouble();
}

std::optional<double> JsonFieldReader::optionalReal(QLatin1StringView key)
{
    const QJsonValue v = raw(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isDouble()) {
        fail(key, u"expected a number or null"_s);
        return std::nullopt;
    }
    return v.toDouble();
}

qint64 JsonFieldReader::integer(QLatin1StringView key)
{
    return toInteger(key, raw(key));
}

std::optional<qint64> JsonFieldReader::optionalInteger(QLatin1StringView key)
{
    const QJsonValue v = raw(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return toInteger(key, v);
}

qint64 JsonFieldReader::time(QLatin1StringView key)
{
    const QJsonValue v = raw(key);
    if (v.isUndefined())
        return 0;
    const auto ms = v.isString() ? parseIsoUtc(v.toString()) : std::nullopt;
    if (!ms)
        fail(key, u"expected an ISO-8601 time with offset or Z"_s);
    return ms.value_or(0);
}

QStringList JsonFieldReader::strings(QLatin1StringView key)
{
    QStringList out;
    const QJsonArray a = array(key);
    for (const QJsonValue &v : a) {
        if (!v.isString())
            fail(key, u"expected an array of strings"_s);
        out.append(v.toString());
    }
    return out;
}

QString JsonFieldReader::childPath(QLatin1StringView key, qsizetype index) const
{
    QString p = m_path % u'.' % key;
    if (index >= 0)
        p += u'[' % QString::number(index) % u']';
    return p;
}

void JsonFieldReader::fail(QLatin1StringView key, const QString &what)
{
    if (m_error->isEmpty())
        *m_error = childPath(key) % u": "_s % what;
}

qint64 JsonFieldReader::toInteger(QLatin1StringView key, const QJsonValue &v)
{
    if (v.isUndefined())
        return 0;
    const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
        fail(key, u"expected an integer"_s);
        return 0;
    }
    return v.toInteger();
}
