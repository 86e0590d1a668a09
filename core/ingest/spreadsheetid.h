#pragma once

#include <QString>
#include <QStringView>

#include "core/model/result.h"

/// Ids that a spreadsheet rewrote in scientific notation (`7.2687E+18`, `5,04334E+15`) have lost
/// their digits: two posts would be stored under one id. Every reader's post_id passes through
/// repairSpreadsheetId() (called by NativePostMapper, which all readers share).
namespace spreadsheetid {

/// True for `d[.,]ddd E[+]dd` (either decimal mark, upper or lower e): a number a spreadsheet
/// displayed in scientific notation. Plain digits, hex ids and base-62 ids are never damaged.
bool isScientific(QStringView id);

/// `id` itself when it is not damaged; else the id taken whole from `url` (a post URL of the same
/// post: its id must start with the digits the damaged one kept); else an error saying exactly
/// that the id was damaged and no other column holds it.
Result<QString> repair(const QString &id, QStringView url);

} // namespace spreadsheetid
