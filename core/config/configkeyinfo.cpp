#include "core/config/configkeyinfo.h"

#include "core/config/keytable.h"

using namespace Qt::StringLiterals;

namespace {

QString shortTypeName(configkeys::KeyType type)
{
    using configkeys::KeyType;
    switch (type) {
    case KeyType::Integer:
        return u"integer"_s;
    case KeyType::Number:
        return u"number"_s;
    case KeyType::Boolean:
        return u"boolean"_s;
    case KeyType::String:
        return u"string"_s;
    case KeyType::StringList:
        return u"list of strings"_s;
    case KeyType::StringMap:
        return u"map of strings"_s;
    case KeyType::PollSources:
        return u"list of sources"_s;
    }
    return {};
}

} // namespace

QList<ConfigKeyInfo> configKeys()
{
    const Config defaults;
    QList<ConfigKeyInfo> keys;
    for (const configkeys::KeyDef &def : configkeys::table()) {
        ConfigKeyInfo info;
        info.key = def.key;
        info.type = shortTypeName(def.type);
        info.defaultValue = configkeys::toText(def, def.get(defaults, u"<slug>"_s));
        info.doc = def.doc;
        info.range = configkeys::rangeText(def);
        info.envVar = def.envVar();
        info.perRun = def.perRun;
        keys.append(info);
    }
    return keys;
}
