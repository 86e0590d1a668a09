#include "core/ingest/region.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    QStringView name;
    QLatin1StringView code;
};

// The 34 provincial-level divisions, by the short name Xiaohongshu, Douyin and Weibo show.
constexpr Entry kProvinces[] = {
    {u"北京", "CN-BJ"_L1},   {u"天津", "CN-TJ"_L1}, {u"河北", "CN-HE"_L1}, {u"山西", "CN-SX"_L1},
    {u"内蒙古", "CN-NM"_L1}, {u"辽宁", "CN-LN"_L1}, {u"吉林", "CN-JL"_L1}, {u"黑龙江", "CN-HL"_L1},
    {u"上海", "CN-SH"_L1},   {u"江苏", "CN-JS"_L1}, {u"浙江", "CN-ZJ"_L1}, {u"安徽", "CN-AH"_L1},
    {u"福建", "CN-FJ"_L1},   {u"江西", "CN-JX"_L1}, {u"山东", "CN-SD"_L1}, {u"河南", "CN-HA"_L1},
    {u"湖北", "CN-HB"_L1},   {u"湖南", "CN-HN"_L1}, {u"广东", "CN-GD"_L1}, {u"广西", "CN-GX"_L1},
    {u"海南", "CN-HI"_L1},   {u"重庆", "CN-CQ"_L1}, {u"四川", "CN-SC"_L1}, {u"贵州", "CN-GZ"_L1},
    {u"云南", "CN-YN"_L1},   {u"西藏", "CN-XZ"_L1}, {u"陕西", "CN-SN"_L1}, {u"甘肃", "CN-GS"_L1},
    {u"青海", "CN-QH"_L1},   {u"宁夏", "CN-NX"_L1}, {u"新疆", "CN-XJ"_L1}, {u"香港", "HK"_L1},
    {u"澳门", "MO"_L1},      {u"台湾", "TW"_L1},    {u"澳門", "MO"_L1},    {u"台灣", "TW"_L1},
};

// Longest first, so "广西壮族自治区" loses its whole suffix, not just "区".
constexpr QStringView kProvinceSuffixes[] = {
    u"维吾尔自治区", u"壮族自治区", u"回族自治区", u"特别行政区", u"自治区", u"省", u"市",
};

constexpr Entry kCountries[] = {
    {u"中国", "CN"_L1},       {u"中国大陆", "CN"_L1},       {u"美国", "US"_L1},
    {u"日本", "JP"_L1},       {u"韩国", "KR"_L1},           {u"朝鲜", "KP"_L1},
    {u"英国", "GB"_L1},       {u"法国", "FR"_L1},           {u"德国", "DE"_L1},
    {u"意大利", "IT"_L1},     {u"西班牙", "ES"_L1},         {u"葡萄牙", "PT"_L1},
    {u"荷兰", "NL"_L1},       {u"比利时", "BE"_L1},         {u"瑞士", "CH"_L1},
    {u"奥地利", "AT"_L1},     {u"瑞典", "SE"_L1},           {u"挪威", "NO"_L1},
    {u"丹麦", "DK"_L1},       {u"芬兰", "FI"_L1},           {u"冰岛", "IS"_L1},
    {u"爱尔兰", "IE"_L1},     {u"希腊", "GR"_L1},           {u"波兰", "PL"_L1},
    {u"捷克", "CZ"_L1},       {u"匈牙利", "HU"_L1},         {u"乌克兰", "UA"_L1},
    {u"俄罗斯", "RU"_L1},     {u"土耳其", "TR"_L1},         {u"加拿大", "CA"_L1},
    {u"墨西哥", "MX"_L1},     {u"巴西", "BR"_L1},           {u"阿根廷", "AR"_L1},
    {u"智利", "CL"_L1},       {u"哥伦比亚", "CO"_L1},       {u"秘鲁", "PE"_L1},
    {u"澳大利亚", "AU"_L1},   {u"新西兰", "NZ"_L1},         {u"新加坡", "SG"_L1},
    {u"马来西亚", "MY"_L1},   {u"泰国", "TH"_L1},           {u"越南", "VN"_L1},
    {u"印度尼西亚", "ID"_L1}, {u"印尼", "ID"_L1},           {u"菲律宾", "PH"_L1},
    {u"柬埔寨", "KH"_L1},     {u"缅甸", "MM"_L1},           {u"老挝", "LA"_L1},
    {u"印度", "IN"_L1},       {u"巴基斯坦", "PK"_L1},       {u"孟加拉国", "BD"_L1},
    {u"斯里兰卡", "LK"_L1},   {u"尼泊尔", "NP"_L1},         {u"蒙古", "MN"_L1},
    {u"哈萨克斯坦", "KZ"_L1}, {u"阿联酋", "AE"_L1},         {u"阿拉伯联合酋长国", "AE"_L1},
    {u"沙特阿拉伯", "SA"_L1}, {u"沙特", "SA"_L1},           {u"卡塔尔", "QA"_L1},
    {u"以色列", "IL"_L1},     {u"埃及", "EG"_L1},           {u"南非", "ZA"_L1},
    {u"尼日利亚", "NG"_L1},   {u"肯尼亚", "KE"_L1},         {u"摩洛哥", "MA"_L1},
    {u"卢森堡", "LU"_L1},     {u"摩纳哥", "MC"_L1},         {u"United States", "US"_L1},
    {u"USA", "US"_L1},        {u"United Kingdom", "GB"_L1}, {u"UK", "GB"_L1},
    {u"China", "CN"_L1},      {u"Japan", "JP"_L1},          {u"South Korea", "KR"_L1},
    {u"Germany", "DE"_L1},    {u"France", "FR"_L1},         {u"Canada", "CA"_L1},
    {u"Australia", "AU"_L1},  {u"Singapore", "SG"_L1},
};

/// Built once on first use; read-only afterwards, so sharing it across threads is safe. The codes
/// are ready-made QStrings so that a hit costs a reference count, not an allocation.
const QHash<QStringView, QString> &lookup()
{
    static const QHash<QStringView, QString> table = [] {
        QHash<QStringView, QString> t;
        for (const Entry &e : kProvinces)
            t.insert(e.name, QString(e.code));
        for (const Entry &e : kCountries)
            t.insert(e.name, QString(e.code));
        return t;
    }();
    return table;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

QString normalizeRegion(QStringView raw)
{
    QStringView s = raw.trimmed();
    for (const QStringView prefix :
         {QStringView(u"IP属地："), QStringView(u"IP属地:"), QStringView(u"IP属地"), QStringView(u"发布于")}) {
        if (s.startsWith(prefix)) {
            s = s.sliced(prefix.size()).trimmed();
            break;
        }
    }
    if (s.isEmpty())
        return {};
    if (s.size() == 2 && isAsciiLetter(s[0]) && isAsciiLetter(s[1]))
        return s.toString().toUpper();

    const auto &table = lookup();
    if (const auto it = table.constFind(s); it != table.cend())
        return it.value();
    for (const QStringView suffix : kProvinceSuffixes) {
        if (s.size() > suffix.size() && s.endsWith(suffix)) {
            if (const auto it = table.constFind(s.chopped(suffix.size())); it != table.cend())
                return it.value();
        }
    }
    // English country names vary in case ("united states"); try once more case-insensitively.
    for (const Entry &e : kCountries) {
        if (isAsciiLetter(e.name.front()) && s.compare(e.name, Qt::CaseInsensitive) == 0)
            return QString(e.code);
    }
    return s.toString();
}
