#pragma once

#include <QStringList>

/// What a CSV export of proof tiles contains.
struct CsvOptions
{
    QStringList trendIds;     ///< tiles to export (rank order kept); empty = every tile of the run
    bool byteOrderMark = true; ///< UTF-8 BOM, so Excel opens Chinese tags as Chinese, not mojibake
};
