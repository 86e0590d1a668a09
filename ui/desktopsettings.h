#pragma once

#include <QSettings>

/// The desktop app's own settings (window layout, recent databases): ~/.config/GlassTrend/desktop.conf,
/// beside config.yaml. A process that set an organization name (tests, benchmarks, screenshots) gets
/// that organization's file instead, so it never reads or writes the user's.
QSettings desktopSettings();
