#include "widgets/figure_preset.h"

#include <QCoreApplication>

#include <QRegularExpression>

namespace inferscope::widgets {

std::optional<FigurePreset> figurePreset(const QString &name)
{
    // Heights: a 3:2-ish panel for one column, a wide strip for two columns (groups of bars read
    // left to right), 16:9 for slides with larger type. Whole points (a PDF page is sized in whole points):
    // single 252 x 173 pt; double 516 x 216 pt, IEEEtran's \textwidth (7.16 in is 515.5 pt).
    if (name == QLatin1String("single"))
        return FigurePreset{QStringLiteral("single"), 252.0 / 72, 173.0 / 72, 8, 7, 0.8};
    if (name == QLatin1String("double"))
        return FigurePreset{QStringLiteral("double"), 516.0 / 72, 216.0 / 72, 8, 7, 0.8};
    if (name == QLatin1String("slide"))
        return FigurePreset{QStringLiteral("slide"), 10.0, 5.625, 16, 14, 1.5};
    static const QRegularExpression custom(QStringLiteral("^(\\d+(?:\\.\\d+)?)x(\\d+(?:\\.\\d+)?)(in|mm)$"));
    const auto match = custom.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    const double scale = match.captured(3) == QLatin1String("mm") ? 1.0 / 25.4 : 1.0;
    const double w = match.captured(1).toDouble() * scale, h = match.captured(2).toDouble() * scale;
    if (w < 1.0 || h < 1.0 || w > 40.0 || h > 40.0) // under an inch has no room for axes; over 40 in is a poster
        return std::nullopt;
    return FigurePreset{QStringLiteral("custom"), w, h, 8, 7, 0.8};
}

QString figurePresetError(const QString &name)
{
    static const QRegularExpression custom(QStringLiteral("^(\\d+(?:\\.\\d+)?)x(\\d+(?:\\.\\d+)?)(in|mm)$"));
    if (custom.match(name).hasMatch())
        return QCoreApplication::translate("FigurePreset",
                                           "The size %1 is out of range: each side from 1 to 40 in (25.4 to 1016 mm).")
            .arg(name);
    return QCoreApplication::translate(
               "FigurePreset", "Unknown preset \"%1\": use single, double, slide, or a size such as 4x3in or 120x80mm.")
        .arg(name);
}

QStringList figurePresetNames()
{
    return {QStringLiteral("single"), QStringLiteral("double"), QStringLiteral("slide")};
}

} // namespace inferscope::widgets
