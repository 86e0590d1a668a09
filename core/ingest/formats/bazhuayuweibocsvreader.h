#pragma once

#include "core/ingest/reader.h"

/// Weibo posts scraped with Bazhuayu (八爪鱼) and exported as CSV, the only Weibo source 4CAT
/// imports (formats README §2f, 4CAT `datasources/upload/import_formats.py::import_bzy_weibo`):
/// `标题` is the author's screen name, `txt` the text, `图片` an image URL and `from1` the time as
/// Weibo shows it, `MM月DD日 HH:MM` (the year left out) or `YYYY年MM月DD日 HH:MM`, in Beijing time.
/// A time without its year is resolved against the capture time (the file's modification time
/// unless the import gives one) and the post is flagged `approximate_time`. The export has no post
/// id, so the id is derived from the author, the time as written and the text: the same row
/// imported twice is one post. Recognised by the `from1` column next to `txt` or `标题`.
class BazhuayuWeiboCsvReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
