#pragma once

#include <QObject>
#include <QString>

class QTranslator;

/// The desktop UI's language (View → Language): the system's locale, English, or Simplified Chinese.
enum class UiLanguage { System, English, Chinese };

/// The language chosen in View → Language, kept in desktopSettings() under "language" (System when unset).
UiLanguage savedUiLanguage();
void saveUiLanguage(UiLanguage language);

/// Installs the translations of the UI (translations/glasstrend_<locale>.ts, built into the binary) and
/// Qt's own (standard buttons and dialogs, when the system has them) on the application. English is
/// the source language, so it installs nothing. Owned by whoever builds the application (app/ or a test).
class UiTranslator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UiTranslator)

public:
    explicit UiTranslator(QObject *parent = nullptr);
    ~UiTranslator() override;

    /// Removes what an earlier apply() installed and installs `language`'s translators. The
    /// System choice follows QLocale::system(): Chinese for any zh locale, English otherwise.
    /// Returns the locale name shown ("zh_CN" or "en").
    QString apply(UiLanguage language);
    /// The locale name applied last ("en" before any apply()).
    QString localeName() const { return m_localeName; }

private:
    void removeAll();

    QList<QTranslator *> m_installed;
    QString m_localeName = QStringLiteral("en");
};
