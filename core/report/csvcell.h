#pragma once

#include <QString>

/// One cell of a CSV file the product writes, RFC 4180 quoted and safe to open in a spreadsheet.
///
/// RFC 4180: a cell holding a comma, quote, CR or LF is quoted with its quotes doubled.
/// CSV injection (OWASP "CSV Injection"): a cell starting with `=`, `+`, `-`, `@`, a tab or a CR
/// is read as a formula by Excel and LibreOffice (`=HYPERLINK("http://…"&A1,"click")` leaks the
/// sheet when clicked). Such a cell is prefixed with a single quote and quoted, so it reads as
/// text. A plain decimal number ("-1.5", "+3") is left as it is: it is not a formula, and the
/// numeric columns must stay numbers.
QString csvCell(const QString &value);
