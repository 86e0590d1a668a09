#pragma once

#include <QString>

#include "core/model/columnmapping.h"
#include "core/model/result.h"

/// The YAML form of a ColumnMapping (README "Mappings"), what `--suggest-mapping` prints, what
/// `--mapping FILE` reads and what the desktop saves:
///
///     name: my-scraper            # optional
///     platform: tiktok            # optional: for records whose columns do not say it
///     fields:                     # field of SPEC section 1 → column or key path
///       post_id: vid_id
///       text: vid_caption
///       hashtags: hashtags/*/name # `*`: every array index
///     columns: [vid_id, vid_caption, …] # the header it was made for (saved mappings match on it)
namespace mappingyaml {

/// `comment` (may be several lines) is written at the top as `#` lines.
QString write(const ColumnMapping &mapping, const QString &comment = {});
/// Fails naming `source` and the problem (not YAML, an unknown key, a value that is not a string).
/// Field names are checked when the mapping is bound to a file (ColumnMapper).
Result<ColumnMapping> read(const QByteArray &yaml, const QString &source);
Result<ColumnMapping> readFile(const QString &path);

} // namespace mappingyaml
