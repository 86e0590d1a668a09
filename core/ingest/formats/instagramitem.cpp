#include "core/ingest/formats/instagramitem.h"

#include "core/ingest/region.h"

using namespace Qt::StringLiterals;
using namespace capturejson;

void mapInstagramItem(const QJsonObject &item, CaptureRecord &record)
{
    using F = NativePostMapper::Field;
    record.setText(F::Platform, "platform"_L1, u"instagram"_s);
    // The shortcode is what 4CAT and the post URL use (README §2d); `pk` when it is missing.
    const QJsonValue code = item.value("code"_L1);
    record.set(F::PostId, "code"_L1, firstPresent({code, item.value("pk"_L1)}));
    const QJsonObject user = item.value("user"_L1).isObject() ? item.value("user"_L1).toObject()
                                                              : item.value("owner"_L1).toObject();
    record.set(F::CreatorId, "user.pk"_L1, firstPresent({user.value("pk"_L1), user.value("id"_L1)}));
    record.set(F::CreatorName, "user.username"_L1, user.value("username"_L1));
    record.set(F::Text, "caption.text"_L1, at(item, "caption"_L1, "text"_L1));
    record.set(F::CreatedAt, "taken_at"_L1, item.value("taken_at"_L1));
    record.set(F::Likes, "like_count"_L1, item.value("like_count"_L1));
    record.set(F::Comments, "comment_count"_L1, item.value("comment_count"_L1));
    // No shares on Instagram; views are often null, which stays unknown (README §7.5).
    record.set(F::Views, "play_count"_L1, firstPresent({item.value("play_count"_L1), item.value("view_count"_L1)}));
    // A geotag "London, United Kingdom": the country when it is known, else the place's own name.
    const QString place = at(item, "location"_L1, "name"_L1).toString();
    if (!place.isEmpty()) {
        const QString country = normalizeRegion(place.section(u',', -1).trimmed());
        record.setText(F::Region, "location.name"_L1, country.size() == 2 ? country : place);
    }
    if (code.isString())
        record.setText(F::Url, "code"_L1, u"https://www.instagram.com/p/"_s + code.toString() + u'/');
}
