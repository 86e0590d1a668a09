#include "core/config/configkeyinfo.h"

#include "core/config/keytable.h"

using namespace Qt::StringLiterals;

QList<ConfigKeyInfo> configKeys()
{
    const Config defaults;
    QList<ConfigKeyInfo> keys;
    for (const configkeys::KeyDef &def : configkeys::table()) {
        ConfigKeyInfo info;
        info.key = def.key;
        info.type = configkeys::shortTypeName(def.type);
        info.defaultValue = configkeys::toText(def, def.get(defaults, u"<slug>"_s));
        info.doc = def.doc;
        info.range = configkeys::rangeText(def);
        info.envVar = def.envVar();
        info.perRun = def.perRun;
        keys.append(info);
    }
    return keys;
}
