#pragma once

#include <QString>
#include <QStringView>

/// The plain text of a Weibo mblog's HTML `text` (formats README §2f): `<br />` becomes a line
/// break, an emoticon `<img alt="[笑cry]">` its alt text, other tags are dropped with their text
/// kept (`<a …>#话题#</a>` → `#话题#`), and the entities Weibo writes (`&amp;`, `&lt;`, `&gt;`,
/// `&quot;`, `&#39;`, `&nbsp;`, numeric ones) are decoded.
QString weiboPlainText(QStringView html);
