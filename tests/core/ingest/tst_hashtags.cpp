#include <QTest>

#include "core/ingest/hashtags.h"

using namespace Qt::StringLiterals;

class TestHashtags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void normalizeDropsOverlongTags();
    void normalizeAppliesAliases();
    void extract_data();
    void extract();
    void extractPairedWeiboTopics();
    void collectMergesStructuredAndTextTags();
    void spellingKeepsHowTheTagWasWritten();
    void collectKeepsTheFirstSpellingOfEachTag();
};

void TestHashtags::normalize_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii mixed case") << u"#MatchaLatte"_s << u"matchalatte"_s;
    QTest::newRow("full-width hash and letters") << u"＃ＭａｔｃｈａＬａｔｔｅ"_s << u"matchalatte"_s;
    QTest::newRow("xiaohongshu topic") << u"#抹茶拿铁[话题]#"_s << u"抹茶拿铁"_s;
    QTest::newRow("topic with space") << u"#Matcha Latte[话题]#"_s << u"matchalatte"_s; // SPEC: no inner whitespace
    // Hidden characters must not split a tag (issue #10): format characters and inner whitespace go.
    QTest::newRow("byte-order mark after") << u"领克900\uFEFF"_s << u"领克900"_s;
    QTest::newRow("byte-order mark before") << u"\uFEFF#领克900"_s << u"领克900"_s;
    QTest::newRow("zero-width space inside") << u"领克\u200B900"_s << u"领克900"_s;
    QTest::newRow("word joiner and soft hyphen") << u"Matcha\u2060La\u00ADtte"_s << u"matchalatte"_s;
    QTest::newRow("ascii tag holding a space") << u"bubble tea"_s << u"bubbletea"_s;
    QTest::newRow("tab and ideographic space") << u"抹茶\t拿\u3000铁"_s << u"抹茶拿铁"_s;
    QTest::newRow("zwj inside an emoji sequence kept") << u"#👨\u200D👩\u200D👧"_s << u"👨\u200D👩\u200D👧"_s;
    QTest::newRow("zwj between letters dropped") << u"ab\u200Dc"_s << u"abc"_s;
    QTest::newRow("only format characters") << u"\u200B\uFEFF"_s << QString();
    QTest::newRow("full-width topic brackets") << u"＃抹茶［话题］＃"_s << u"抹茶"_s;
    QTest::newRow("emoji kept") << u"  #Matcha🍵 "_s << u"matcha🍵"_s;
    QTest::newRow("accented upper case") << u"ÉCLAIR"_s << u"éclair"_s;
    QTest::newRow("combining accent composed") << u"cafe\u0301"_s << u"café"_s;
    QTest::newRow("trailing hash") << u"fyp#"_s << u"fyp"_s;
    // Found by fuzz_hashtags: whitespace between trailing hashes is removed later, so it must not hide a '#'.
    QTest::newRow("hashes around a form feed") << u"cdmd[at##\f#"_s << u"cdmd[at"_s;
    QTest::newRow("topic suffix before a spaced hash") << u"#抹茶[话题] #"_s << u"抹茶"_s;
    QTest::newRow("combining mark behind a zero-width space") << u"o\u200B\u0328"_s << u"\u01EB"_s;
    QTest::newRow("spacing diaeresis") << u"o\u00A8"_s << u"\u00F6"_s;
    QTest::newRow("hash after topic suffix and space") << u"#抹茶 # [话题]"_s << u"抹茶"_s;
    QTest::newRow("greek final sigma folded") << u"ΚΑΦΕΣ"_s << u"καφεσ"_s;
    QTest::newRow("only hash") << u"#"_s << QString();
    QTest::newRow("only topic suffix") << u"#[话题]#"_s << QString();
    QTest::newRow("whitespace") << u"  "_s << QString();
}

void TestHashtags::normalize()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(normalizeHashtag(raw), expected);
}

void TestHashtags::normalizeDropsOverlongTags()
{
    QCOMPARE(normalizeHashtag(QString(100, u'a')), QString(100, u'a'));
    QCOMPARE(normalizeHashtag(QString(101, u'a')), QString());
    // 100 characters, counted in code points: surrogate pairs count once.
    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += u"🍵"_s;
    QCOMPARE(normalizeHashtag(emoji), emoji);
    QCOMPARE(normalizeHashtag(QString(emoji + u"茶"_s)), QString());
}

void TestHashtags::normalizeAppliesAliases()
{
    const QMap<QString, QString> aliases{{u"matchalatte"_s, u"抹茶拿铁"_s}, {u"icedmatcha"_s, u"#Matcha"_s}};
    QCOMPARE(normalizeHashtag(u"#MatchaLatte"_s, aliases), u"抹茶拿铁"_s);
    QCOMPARE(normalizeHashtag(u"＃ＩｃｅｄＭａｔｃｈａ"_s, aliases), u"matcha"_s);
    QCOMPARE(normalizeHashtag(u"#latte"_s, aliases), u"latte"_s);
}

void TestHashtags::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("tiktok caption")
        << u"iced #MatchaLatte at home ＃ＭａｔｃｈａＬａｔｔｅ #抹茶 #Matcha🍵 #fyp"_s
        << QStringList{u"MatchaLatte"_s, u"ＭａｔｃｈａＬａｔｔｅ"_s, u"抹茶"_s, u"Matcha🍵"_s, u"fyp"_s};
    QTest::newRow("xiaohongshu topics and emoji codes")
        << u"周末打卡🍵 #抹茶拿铁[话题]# #周末探店[话题]# 真的好喝[偷笑R]"_s
        << QStringList{u"抹茶拿铁"_s, u"周末探店"_s};
    QTest::newRow("xiaohongshu topic with a space") << u"#Matcha Latte[话题]# 夏天必备"_s << QStringList{u"Matcha Latte"_s};
    QTest::newRow("emoji code ends a tag") << u"好喝#抹茶[偷笑R]还会再来"_s << QStringList{u"抹茶"_s};
    QTest::newRow("adjacent tags") << u"#fyp#matcha#抹茶"_s << QStringList{u"fyp"_s, u"matcha"_s, u"抹茶"_s};
    QTest::newRow("punctuation ends") << u"Trying #matchalatte, worth it? #抹茶。好喝"_s << QStringList{u"matchalatte"_s, u"抹茶"_s};
    QTest::newRow("underscore and digits") << u"#matcha_2024!"_s << QStringList{u"matcha_2024"_s};
    QTest::newRow("zwj emoji sequence") << u"#👨‍👩‍👧 family"_s << QStringList{u"👨‍👩‍👧"_s};
    QTest::newRow("combining marks stay") << u"#café\u0301 #नमस्ते"_s << QStringList{u"café\u0301"_s, u"नमस्ते"_s};
    QTest::newRow("not tags") << u"see https://x.com/a#frag, C# and &#39; or # alone"_s << QStringList{};
    QTest::newRow("hash at end") << u"trailing #"_s << QStringList{};
    QTest::newRow("hidden characters stay in the tag") << u"#领克\u200B900\uFEFF 试驾"_s
                                                       << QStringList{u"领克\u200B900\uFEFF"_s};
}

void TestHashtags::extract()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(extractHashtags(text), expected);
}

void TestHashtags::extractPairedWeiboTopics()
{
    const QString text = u"#抹茶 拿铁# 新品上市 #新品# 还有#话题"_s;
    QCOMPARE(extractHashtags(text, HashtagSyntax::Paired), (QStringList{u"抹茶 拿铁"_s, u"新品"_s, u"话题"_s}));
    QCOMPARE(extractHashtags(text, HashtagSyntax::Inline), (QStringList{u"抹茶"_s, u"新品"_s, u"话题"_s}));
}

void TestHashtags::collectMergesStructuredAndTextTags()
{
    const QStringList structured{u"抹茶拿铁"_s, u"#MatchaLatte"_s, u""_s};
    const QString text = u"#抹茶拿铁[话题]# #matchalatte #New ＃ｎｅｗ"_s;
    QCOMPARE(collectHashtags(structured, text), (QStringList{u"抹茶拿铁"_s, u"matchalatte"_s, u"new"_s}));
    QCOMPARE(collectHashtags({}, u"no tags here"_s), QStringList{});
    const QMap<QString, QString> aliases{{u"new"_s, u"matchalatte"_s}};
    QCOMPARE(collectHashtags(structured, text, aliases), (QStringList{u"抹茶拿铁"_s, u"matchalatte"_s}));
    // Issue #10: `领克900` + U+FEFF from a structured list and `#领克900` in the text are one tag.
    QCOMPARE(collectHashtags({u"领克900\uFEFF"_s, u"bubble tea"_s}, u"试驾 #领克900 #bubbletea #领\u200B克900"_s),
             (QStringList{u"领克900"_s, u"bubbletea"_s}));
}

void TestHashtags::spellingKeepsHowTheTagWasWritten()
{
    const auto spell = [](const QString &raw) { return hashtagSpelling(raw, normalizeHashtag(raw)); };
    QCOMPARE(spell(u"#MatchaLatte"_s), u"MatchaLatte"_s);
    QCOMPARE(spell(u"＃MatchaLatte"_s), u"MatchaLatte"_s);
    QCOMPARE(spell(u"#抹茶拿铁[话题]#"_s), u"抹茶拿铁"_s);
    QCOMPARE(spell(u"  bubble \t tea "_s), u"bubble tea"_s);       // whitespace runs: one space
    QCOMPARE(spell(u"领克900\uFEFF"_s), u"领克900"_s);           // invisible characters go
    QCOMPARE(spell(u"Ｍａｔｃｈａ"_s), u"Ｍａｔｃｈａ"_s);             // NFC, not NFKC: full width stays
    QCOMPARE(spell(u"Cafe\u0301"_s), u"Caf\u00E9"_s);             // NFC composes
    QCOMPARE(spell(u"👩\u200D💻"_s), u"👩\u200D💻"_s);              // a ZWJ inside an emoji stays
    QCOMPARE(spell(u"#"_s), QString());                            // dropped by normalization: no spelling
    // A lower-case ASCII tag spells itself, sharing the normalized string.
    const QString normalized = normalizeHashtag(u"matcha"_s);
    QVERIFY(hashtagSpelling(u"#matcha"_s, normalized).constData() == normalized.constData());
}

void TestHashtags::collectKeepsTheFirstSpellingOfEachTag()
{
    const PostHashtags tags =
        collectHashtagsWithSpellings({u"MatchaLatte"_s}, u"#matchalatte #Boba_Tea #抹茶拿铁[话题]# #BOBA_TEA"_s);
    QCOMPARE(tags.tags, (QStringList{u"matchalatte"_s, u"boba_tea"_s, u"抹茶拿铁"_s}));
    QCOMPARE(tags.spellings, (QStringList{u"MatchaLatte"_s, u"Boba_Tea"_s, u"抹茶拿铁"_s}));
    QCOMPARE(collectHashtags({u"MatchaLatte"_s}, u"#matchalatte #Boba_Tea #抹茶拿铁[话题]# #BOBA_TEA"_s), tags.tags);
    // An aliased tag is spelled as its target is written in the configuration.
    const QMap<QString, QString> aliases{{u"matcha"_s, u"MatchaLatte"_s}};
    const PostHashtags aliased = collectHashtagsWithSpellings({}, u"#Matcha #matchalatte"_s, aliases);
    QCOMPARE(aliased.tags, QStringList{u"matchalatte"_s});
    QCOMPARE(aliased.spellings, QStringList{u"MatchaLatte"_s});
}

QTEST_GUILESS_MAIN(TestHashtags)
#include "tst_hashtags.moc"
