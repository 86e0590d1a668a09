#pragma once

#include <optional>

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

/// One field of a record as its source gave it, before the rules of SPEC section 1 apply. Filled
/// from a JSON object (FlatJsonRecord or QJsonValue) or a CSV cell.
struct FieldValue
{
    enum class Kind { Absent, Null, String, Number, Array, Other };
    Kind kind = Kind::Absent;
    QString text;                  ///< Kind::String
    double number = 0;             ///< Kind::Number
    std::optional<qint64> integer; ///< Kind::Number written as an integer that fits in 64 bits: exact
    QStringList strings;           ///< Kind::Array: its string elements
    bool onlyStrings = true;       ///< Kind::Array: false when an element is not a string
    QLatin1StringView typeName;    ///< for messages: "a number", "an array", "a boolean", "an object"

    bool isMissing() const { return kind == Kind::Absent || kind == Kind::Null; }
};
