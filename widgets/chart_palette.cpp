#include "widgets/chart_palette.h"

#include <array>

namespace inferscope::widgets {

QColor seriesColor(int index)
{
    static const std::array<QColor, 7> colors{QColor(0, 114, 178),  QColor(230, 159, 0),  QColor(0, 158, 115),
                                              QColor(204, 121, 167), QColor(86, 180, 233), QColor(213, 94, 0),
                                              QColor(240, 228, 66)};
    return colors[static_cast<std::size_t>(index) % colors.size()];
}

QColor outlierColor()
{
    return QColor(213, 94, 0);
}

QColor bandColor()
{
    return QColor(0, 114, 178, 40);
}

} // namespace inferscope::widgets
