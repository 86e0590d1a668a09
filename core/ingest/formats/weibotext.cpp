#include "core/ingest/formats/weibotext.h"

using namespace Qt::StringLiterals;

namespace {

/// The value of attribute `name` in the tag `tag` ("img src=… alt=\"[笑cry]\""), or empty.
QStringView attribute(QStringView tag, QStringView name)
{
    qsizetype at = 0;
    while ((at = tag.indexOf(name, at)) >= 0) {
        const qsizetype eq = at + name.size();
        const bool wordStart = at == 0 || tag[at - 1].isSpace();
        at = eq;
        if (!wordStart || eq >= tag.size() || tag[eq] != u'=')
            continue;
        qsizetype start = eq + 1;
        const QChar quote = start < tag.size() ? tag[start] : QChar();
        if (quote == u'"' || quote == u'\'') {
            const qsizetype end = tag.indexOf(quote, start + 1);
            return end < 0 ? QStringView() : tag.sliced(start + 1, end - start - 1);
        }
        qsizetype end = start;
        while (end < tag.size() && !tag[end].isSpace() && tag[end] != u'/')
            ++end;
        return tag.sliced(start, end - start);
    }
    return {};
}

/// Decodes the entity at `html[pos]` ('&'), appending it to `out`; returns the characters used
/// (1 when it is not an entity, so the '&' is kept as written).
qsizetype decodeEntity(QStringView html, qsizetype pos, QString &out)
{
    const qsizetype semi = html.indexOf(u';', pos);
    if (semi < 0 || semi - pos > 10) {
        out.append(u'&');
        return 1;
    }
    const QStringView name = html.sliced(pos + 1, semi - pos - 1);
    static constexpr struct
    {
        const char16_t *name;
        char16_t ch;
    } kNamed[] = {
        {u"amp", u'&'}, {u"lt", u'<'}, {u"gt", u'>'}, {u"quot", u'"'}, {u"apos", u'\''}, {u"nbsp", u' '},
    };
    for (const auto &e : kNamed) {
        if (name == QStringView(e.name)) {
            out.append(QChar(e.ch));
            return semi - pos + 1;
        }
    }
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.sliced(2).toUInt(&ok, 16)
                                                                                  : name.sliced(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t c = code;
            out.append(QString::fromUcs4(&c, 1));
            return semi - pos + 1;
        }
    }
    out.append(u'&');
    return 1;
}

} // namespace

QString weiboPlainText(QStringView html)
{
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype end = html.indexOf(u'>', i);
            if (end < 0) { // a lone '<' is text
                out.append(c);
                ++i;
                continue;
            }
            const QStringView tag = html.sliced(i + 1, end - i - 1).trimmed();
            if (tag.startsWith(u"br", Qt::CaseInsensitive) && (tag.size() == 2 || !tag[2].isLetter()))
                out.append(u'\n');
            else if (tag.startsWith(u"img", Qt::CaseInsensitive))
                out.append(attribute(tag, u"alt"));
            i = end + 1;
        } else if (c == u'&') {
            i += decodeEntity(html, i, out);
        } else {
            out.append(c);
            ++i;
        }
    }
    return out.trimmed();
}
