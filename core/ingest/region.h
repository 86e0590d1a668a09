#pragma once

#include <QString>
#include <QStringView>

/// SPEC sections 1 and 2 region: a two-letter ISO 3166-1 code is upper-cased ("gb" → "GB"); a
/// Chinese province-level name, with or without its suffix ("浙江", "浙江省", "广西壮族自治区"),
/// becomes ISO 3166-2 ("CN-ZJ"), except Hong Kong, Macau and Taiwan, which have codes of their own
/// ("HK", "MO", "TW"); a country named in Chinese ("美国") or English ("United States") becomes
/// its alpha-2 code; an "IP属地：" prefix (Xiaohongshu, Douyin) or Weibo's "发布于 " is dropped. Any other label is
/// kept as given (trimmed), since the source's own word is better evidence than a guess.
QString normalizeRegion(QStringView raw);
