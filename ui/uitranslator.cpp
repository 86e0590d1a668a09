#include "ui/uitranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "ui/desktopsettings.h"

using namespace Qt::StringLiterals;

namespace {

const QString kLanguageKey = u"language"_s;

QString settingValue(UiLanguage language)
{
    switch (language) {
    case UiLanguage::English:
        return u"en"_s;
    case UiLanguage::Chinese:
        return u"zh_CN"_s;
    case UiLanguage::System:
        break;
    }
    return u"system"_s;
}

} // namespace

UiLanguage savedUiLanguage()
{
    const QString value = desktopSettings().value(kLanguageKey).toString();
    if (value == u"en"_s)
        return UiLanguage::English;
    if (value == u"zh_CN"_s)
        return UiLanguage::Chinese;
    return UiLanguage::System;
}

void saveUiLanguage(UiLanguage language)
{
    QSettings settings = desktopSettings();
    settings.setValue(kLanguageKey, settingValue(language));
}

UiTranslator::UiTranslator(QObject *parent) : QObject(parent) {}

UiTranslator::~UiTranslator()
{
    removeAll();
}

QString UiTranslator::apply(UiLanguage language)
{
    removeAll();
    bool chinese = language == UiLanguage::Chinese;
    if (language == UiLanguage::System)
        chinese = QLocale::system().language() == QLocale::Chinese;
    m_localeName = chinese ? u"zh_CN"_s : u"en"_s;
    if (!chinese)
        return m_localeName;
    // Ours is compiled in (qt_add_translations, prefix /i18n); Qt's own comes from the system, if there.
    const QList<std::pair<QString, QString>> sources = {
        {u"glasstrend_zh_CN"_s, u":/i18n"_s},
        {u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto &[name, folder] : sources) {
        auto *translator = new QTranslator(this);
        if (translator->load(name, folder) && QCoreApplication::installTranslator(translator)) {
            m_installed.append(translator);
        } else {
            delete translator;
        }
    }
    return m_localeName;
}

void UiTranslator::removeAll()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}
