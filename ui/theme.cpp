#include "ui/theme.h"

#include <memory>

#include <QApplication>
#include <QEvent>
#include <QWidget>
#include <QStyle>
#include <QStyleFactory>

#include "ui/desktopsettings.h"

using namespace Qt::StringLiterals;

Theme::Theme(QObject *parent)
    : QObject(parent), m_systemStyle(QApplication::style()->name()), m_systemPalette(QApplication::palette())
{
}

QString Theme::name(Mode mode)
{
    switch (mode) {
    case Mode::Light: return u"light"_s;
    case Mode::Dark: return u"dark"_s;
    case Mode::System: break;
    }
    return u"system"_s;
}

Theme::Mode Theme::fromName(const QString &name)
{
    if (name == u"light")
        return Mode::Light;
    if (name == u"dark")
        return Mode::Dark;
    return Mode::System;
}

void Theme::applySaved()
{
    apply(fromName(desktopSettings().value(u"theme"_s).toString()));
}

void Theme::apply(Mode mode)
{
    if (mode == Mode::System) {
        if (m_mode != Mode::System) { // the platform's own again (nothing to undo when it never changed)
            QApplication::setStyle(QStyleFactory::create(m_systemStyle));
            QApplication::setPalette(m_systemPalette);
        }
    } else {
        // Fusion draws every control from the palette (platform styles may not, e.g. their sliders).
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
    }
    // Qt tells the top-level widgets of a new application palette through their native windows, which may not
    // exist (or not be told, offscreen) for every one of them: tell each directly, and its children follow it.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        QEvent changed(QEvent::ApplicationPaletteChange);
        QApplication::sendEvent(window, &changed);
    }
    m_mode = mode;
    desktopSettings().setValue(u"theme"_s, name(mode));
    Q_EMIT changed(mode);
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2B, 0x2D, 0x30);
    const QColor base(0x1E, 0x1F, 0x22);
    const QColor text(0xE6, 0xE6, 0xE6);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x3D, 0x8E, 0xD9);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2B));
    p.setColor(QPalette::ToolTipBase, QColor(0x3C, 0x3F, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3A, 0x3D, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x47));
    p.setColor(QPalette::Mid, QColor(0x33, 0x35, 0x38));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::Shadow, QColor(0x0A, 0x0A, 0x0A));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xF5));
    p.setColor(QPalette::LinkVisited, QColor(0xB3, 0x8C, 0xF0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) // greyed out
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

QPalette Theme::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}
