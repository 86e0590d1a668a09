#pragma once

#include <optional>

#include <QStringList>

#include "core/model/runcomparison.h"

/// What a CSV export of proof tiles contains.
struct CsvOptions
{
    QStringList trendIds;     ///< tiles to export (rank order kept); empty = every tile of the run
    bool byteOrderMark = true; ///< UTF-8 BOM, so Excel opens Chinese tags as Chinese, not mojibake
    /// The run beside another ("Compare with…"): adds the comparison columns, and a row per trend that is gone.
    std::optional<RunComparison> comparison;
};
