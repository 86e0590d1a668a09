#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

/// A JSON record as (key path, value) pairs, the form a column mapping reads: nested objects are
/// joined with dots (`authorMeta.name`, the same path as a key that is itself written with a dot),
/// arrays of objects by index (`hashtags.0.name`); scalars and arrays of scalars are the values.
using FlatRecord = QList<QPair<QString, QJsonValue>>;

/// Flattens `object` (at most 8 levels deep, 100 elements per array of objects).
FlatRecord flattenRecord(const QJsonObject &object);

/// A value as one cell of text: strings as they are, integers exactly, arrays of scalars joined
/// with ", ", null as "".
QString cellText(const QJsonValue &value);
