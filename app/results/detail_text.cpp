#include "app/results/detail_text.h"

#include <QLocale>
#include <cmath>

namespace inferscope::app {

QString detailText(const QString &key, const nlohmann::json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (!value.is_number())
        return QString::fromStdString(value.dump()); // true, false, null as JSON says them
    const double v = value.get<double>();
    const QLocale locale;
    if (!std::isfinite(v))
        return QString::fromStdString(value.dump());
    if (key.endsWith(QLatin1String("_bytes")) && std::fabs(v) >= 1024.0 * 1024.0) {
        const bool gib = std::fabs(v) >= 1024.0 * 1024.0 * 1024.0;
        return locale.toString(v / (gib ? 1024.0 * 1024.0 * 1024.0 : 1024.0 * 1024.0), 'f', gib ? 2 : 1) +
               (gib ? QStringLiteral(" GiB") : QStringLiteral(" MiB"));
    }
    const QString number = value.is_number_integer() || (v == std::floor(v) && std::fabs(v) < 1e15)
                               ? locale.toString(static_cast<qlonglong>(v))
                               : locale.toString(v, 'g', 6);
    if (key.endsWith(QLatin1String("_ms")))
        return number + QStringLiteral(" ms");
    if (key.endsWith(QLatin1String("_bytes")))
        return number + QStringLiteral(" B");
    return number;
}

} // namespace inferscope::app
