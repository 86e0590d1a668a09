#pragma once

#include "core/ingest/reader.h"

/// Weibo web API responses saved as files (formats README §2f): bare `mblog` objects as a JSON
/// array or JSON lines, cards (`{"card_type": 9, "mblog": {…}}`), or whole API pages, one per file
/// or one per line: weibo.com's `{"ok": 1, "data": {"list": [mblog…]}}` and m.weibo.cn's
/// `{"ok": 1, "data": {"cards": [{"mblog": …} | {"card_group": [{"mblog": …}]}]}}`. Cards without
/// an mblog (users, ads, headers) are not posts and are skipped. A reject names the line of the
/// record and, inside an array or a page, the post's index.
class WeiboMblogJsonReader final : public Reader
{
public:
    QString id() const override;
    QStringList extensions() const override;
    int recognise(const SniffInput &input) const override;
    Status read(QIODevice &device, ReadSession &session) const override;
};
