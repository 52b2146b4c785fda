#include "widgets/chart_palette.h"

#include <QPalette>
#include <array>
#include <functional>
#include <qcustomplot.h>

namespace inferscope::widgets {
namespace {
constexpr const char *kNeutralRole = "inferscope_neutral_role";

QColor roleColor(const ChartTheme &theme, const QVariant &role)
{
    return role.toInt() == static_cast<int>(NeutralRole::Muted) ? theme.muted : theme.foreground;
}

void recolorPen(QPen pen, const QColor &color, const std::function<void(const QPen &)> &set)
{
    QColor c = color;
    c.setAlpha(pen.color().alpha());
    pen.setColor(c);
    set(pen);
}
} // namespace

QColor seriesColor(int index)
{
    static const std::array<QColor, 7> colors{QColor(0, 114, 178),   QColor(230, 159, 0),  QColor(0, 158, 115),
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

ChartTheme paperTheme()
{
    return {Qt::white, QColor(20, 20, 20), QColor(110, 110, 110), QColor(215, 215, 215), false};
}

ChartTheme screenTheme(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    if (window.lightness() >= 128)
        return {palette.color(QPalette::Base), palette.color(QPalette::Text), QColor(110, 110, 110),
                QColor(215, 215, 215), false};
    // Dark: the page's own base and text, reference lines a lighter grey than on paper so they stay visible.
    return {palette.color(QPalette::Base), palette.color(QPalette::Text), QColor(160, 160, 160), QColor(75, 75, 75),
            true};
}

void markNeutral(QObject *plottableOrItem, NeutralRole role)
{
    plottableOrItem->setProperty(kNeutralRole, static_cast<int>(role));
}

void applyTheme(QCustomPlot *plot, const ChartTheme &theme)
{
    plot->setBackground(theme.background);
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(Qt::NoBrush);
        for (QCPAxis *axis : rect->axes()) {
            for (auto [get, set] : {std::pair{&QCPAxis::basePen, &QCPAxis::setBasePen},
                                    std::pair{&QCPAxis::tickPen, &QCPAxis::setTickPen},
                                    std::pair{&QCPAxis::subTickPen, &QCPAxis::setSubTickPen}})
                recolorPen((axis->*get)(), theme.foreground, [axis, set](const QPen &p) { (axis->*set)(p); });
            axis->setLabelColor(theme.foreground);
            axis->setTickLabelColor(theme.foreground);
            recolorPen(axis->grid()->pen(), theme.grid, [axis](const QPen &p) { axis->grid()->setPen(p); });
            recolorPen(axis->grid()->zeroLinePen(), theme.grid,
                       [axis](const QPen &p) { axis->grid()->setZeroLinePen(p); });
        }
    }
    for (QCPLegend *legend : plot->findChildren<QCPLegend *>()) {
        legend->setBrush(theme.background);
        legend->setTextColor(theme.foreground);
        recolorPen(legend->borderPen(), theme.foreground, [legend](const QPen &p) { legend->setBorderPen(p); });
        for (int i = 0; i < legend->itemCount(); ++i)
            if (auto *item = legend->item(i))
                item->setTextColor(theme.foreground);
    }
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *p = plot->plottable(i);
        const QVariant role = p->property(kNeutralRole);
        if (role.isValid())
            recolorPen(p->pen(), roleColor(theme, role), [p](const QPen &pen) { p->setPen(pen); });
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem *item = plot->item(i);
        const QVariant role = item->property(kNeutralRole);
        if (!role.isValid())
            continue;
        const QColor color = roleColor(theme, role);
        if (auto *text = qobject_cast<QCPItemText *>(item))
            text->setColor(color);
        else if (auto *line = qobject_cast<QCPItemStraightLine *>(item))
            recolorPen(line->pen(), color, [line](const QPen &pen) { line->setPen(pen); });
        else if (auto *segment = qobject_cast<QCPItemLine *>(item))
            recolorPen(segment->pen(), color, [segment](const QPen &pen) { segment->setPen(pen); });
    }
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) // panel titles sit in nested grids
        if (auto *title = qobject_cast<QCPTextElement *>(element))
            title->setTextColor(theme.foreground);
}

} // namespace inferscope::widgets
