#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation; ///< the numerus forms joined
    QString type;        ///< "unfinished", "vanished", "obsolete" or empty
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            current = Message{context, {}, {}, {}};
        else if (name == u"source")
            current.source = xml.readElementText();
        else if (name == u"translation") {
            current.type = xml.attributes().value(u"type"_s).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    QRegularExpressionMatchIterator it = QRegularExpression(u"%(\\d+|n|v|m|p)"_s).globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

} // namespace

/// translations/glasstrend_zh_CN.ts is complete: every message translated and finished, with the
/// same placeholders as its source; the .qm built from it is in the binary and translates.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsFinished()
    {
        QString error;
        const QString path = qEnvironmentVariable("GT_SOURCE_DIR") + u"/translations/glasstrend_zh_CN.ts"_s;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + u": "_s + error));
        QVERIFY(messages.size() > 400);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + u": \""_s + m.source + u'"';
            if (m.type == u"vanished" || m.type == u"obsolete")
                problems.append(where + u" is obsolete (run lupdate -no-obsolete)"_s);
            else if (m.type == u"unfinished")
                problems.append(where + u" is unfinished"_s);
            else if (m.translation.trimmed().isEmpty())
                problems.append(where + u" has no translation"_s);
            else if (placeholders(m.source) != placeholders(m.translation))
                problems.append(where + u" has other placeholders than its translation \""_s + m.translation + u'"');
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    /// Strings added to the UI since the .ts was last updated are untranslated too: lupdate over the sources
    /// (the same scan as `cmake --build build --target update_translations`) must find nothing new.
    void noSourceStringIsMissingFromTheTs()
    {
        const QString source = qEnvironmentVariable("GT_SOURCE_DIR");
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"glasstrend_zh_CN.ts"_s);
        QVERIFY(QFile::copy(source + u"/translations/glasstrend_zh_CN.ts"_s, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(GT_LUPDATE), {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s, source,
                                                   source + u"/ui"_s, source + u"/core/report"_s, u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList untranslated;
        for (const Message &m : messages) {
            if (m.type == u"unfinished" || m.translation.trimmed().isEmpty())
                untranslated.append(m.context + u": \""_s + m.source + u'"');
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"not in translations/glasstrend_zh_CN.ts yet — run `cmake --build build --target "
                            "update_translations` and translate them (Qt Linguist):\n"_s
                            + untranslated.join(u'\n')));
    }

    void theBuiltTranslationIsInTheBinary()
    {
        QTranslator translator;
        QVERIFY(translator.load(u"glasstrend_zh_CN"_s, u":/i18n"_s));
        QCOMPARE(translator.translate("MainMenus", "&File"), u"文件(&F)"_s);
        QCOMPARE(translator.translate("PdfReport", "Parameters (config keys)"), u"参数（配置键）"_s);
        QCOMPARE(translator.language(), u"zh_CN"_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
