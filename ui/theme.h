#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

/// View → Theme: System (the platform's style and palette, e.g. QT_STYLE_OVERRIDE=Adwaita-Dark), Light or Dark
/// (the Fusion style with a light or dark palette, set app-wide so every widget — the threshold panel's sliders and
/// spin boxes included — draws with it). The choice is kept in the desktop settings (theme = system|light|dark).
class Theme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Theme)

public:
    enum class Mode { System, Light, Dark };

    /// Remembers the platform's style and palette (what System goes back to). Construct before any theme is applied.
    explicit Theme(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// Applies `mode` to the whole application and saves it.
    void apply(Mode mode);
    /// Applies the saved mode (System when none was saved).
    void applySaved();

    static QString name(Mode mode);                 ///< "system", "light", "dark"
    static Mode fromName(const QString &name);      ///< unknown → System
    static QPalette darkPalette();
    static QPalette lightPalette();
    /// Whether `palette` reads light on dark (the charts follow it).
    static bool isDark(const QPalette &palette);

Q_SIGNALS:
    void changed(Theme::Mode mode);

private:
    Mode m_mode = Mode::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
};
