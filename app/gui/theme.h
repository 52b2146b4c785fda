#pragma once
// The screen's light or dark look. "System" keeps what the desktop gave the application at start (its
// style and palette: dark on a dark desktop); Light and Dark put Qt's Fusion style on with a light or a
// dark palette. Charts follow the palette (widgets/chart_palette); figure exports stay black on white.

#include <QString>

namespace inferscope::app {

enum class Theme { System, Light, Dark };

/// "system", "light" or "dark" (the QSettings value and the --theme option); anything else reads as System.
Theme themeFromName(const QString &name);
QString themeName(Theme theme);
/// Applies `theme` to the running application at once (widgets get a PaletteChange event).
void applyTheme(Theme theme);

} // namespace inferscope::app
