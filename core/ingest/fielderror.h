#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include "core/model/result.h"

/// A record's field-level problem as an Error: code "invalid_value", message "<field>: <reason>",
/// details {"field", "reason"} so a reader can fill RejectedRecord's columns without parsing text.
inline Error fieldError(QLatin1StringView field, const QString &reason)
{
    return Error{QStringLiteral("invalid_value"), QString(field) + QStringLiteral(": ") + reason,
                 QJsonObject{{QStringLiteral("field"), QString(field)}, {QStringLiteral("reason"), reason}}};
}

/// The field named by a fieldError(); empty for other errors.
inline QString fieldOf(const Error &error)
{
    return error.details.toObject().value(QLatin1StringView("field")).toString();
}

/// The reason of a fieldError(), or the whole message of any other error.
inline QString reasonOf(const Error &error)
{
    const QString reason = error.details.toObject().value(QLatin1StringView("reason")).toString();
    return reason.isEmpty() ? error.message : reason;
}
