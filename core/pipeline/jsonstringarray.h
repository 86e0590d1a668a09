#pragma once

#include <QJsonArray>
#include <QStringList>

/// QJsonArray::fromStringList(list), built faster: Qt 6 appends the strings one by one, each through a temporary
/// CBOR value and a regrown container (about 250 ns and 4 allocations per string); parsing the array's JSON text,
/// written here in one buffer, fills one container directly. A cluster's "formed" decision lists all its tags.
/// Strings that would need escaping or hold unpaired surrogates take Qt's own road, so the result is always equal.
QJsonArray jsonStringArray(const QStringList &list);
