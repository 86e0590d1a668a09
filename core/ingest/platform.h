#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include "core/model/result.h"

/// SPEC section 1 platform slug: trimmed, lower-cased, aliases applied (`rednote`, `xhs`, `小红书`
/// → `xiaohongshu`; `twitter` → `x`; `bili`, `哔哩哔哩` → `bilibili`; `ks`, `快手` → `kuaishou`; `知乎` →
/// `zhihu`; `贴吧` → `tieba`; a capture's site name such as `tiktok.com` or
/// `twitter.com` → its slug), then checked against `[a-z0-9_]{1,32}`. An invalid slug is an error
/// that quotes it.
Result<QString> normalizePlatform(QStringView raw);

/// The platforms SPEC section 1 names, in its order (what a picker lists; other slugs are valid too).
QStringList knownPlatforms();
