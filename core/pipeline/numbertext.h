#pragma once

#include <QString>
#include <QStringBuilder>

/// Numbers as decisions and tiles print them, so the same value always reads the same.
namespace numbertext {

/// A number's text, held in place: a QStringBuilder expression (`u"co = "_s + integer(co) + …`) copies it straight
/// into the one string it allocates, so a message costs one allocation however many numbers it quotes (a run
/// writes hundreds of thousands of them). Converts to a QString where one is needed.
class Text
{
public:
    Text(const char *chars, qsizetype size);
    const char *data() const { return m_chars; }
    qsizetype size() const { return m_size; }
    QString toString() const { return QString::fromLatin1(m_chars, m_size); }
    operator QString() const { return toString(); }

private:
    char m_chars[64];
    qsizetype m_size = 0;
};

/// Exact enough to recompute by hand: integers as integers, others with up to 4 decimals, trailing
/// zeros trimmed ("5378.4375", "0.25", "41414"); non-finite values as "undefined".
Text exact(double value);

/// exact(value), or when that reads the same as exact(other) although the numbers differ, the shortest text that
/// tells them apart (a check never reads "1.5 < 1.5").
Text against(double value, double other);

/// An integer, as QString::number(n) writes it but without going through QLocale (decisions write hundreds of
/// thousands of them per run).
Text integer(qint64 value);

/// For people: thousands grouped ("1,234,567"), as in tiles and insights.
QString count(qint64 value);

/// For people: one decimal ("4.2"), grouped above 1,000 ("12,345.6").
QString oneDecimal(double value);

/// For people: one decimal, or as many more as it takes to tell value from other (growth 1.96 against 2 reads
/// "1.96", never "2.0"), so a sentence comparing the two always reads right; below 1, enough decimals for two
/// significant digits of the smaller of the two (0.0449 against 0.05: "0.045").
QString decimalAgainst(double value, double other);

/// For people: `decimals` decimals, grouped above 1,000.
QString fixed(double value, int decimals);

} // namespace numbertext

template <>
struct QConcatenable<numbertext::Text>
{
    using type = numbertext::Text;
    using ConvertTo = QString;
    enum { ExactSize = true };
    static qsizetype size(const numbertext::Text &t) { return t.size(); }
    static void appendTo(const numbertext::Text &t, QChar *&out)
    {
        QConcatenable<QLatin1StringView>::appendTo(QLatin1StringView(t.data(), t.size()), out);
    }
};
