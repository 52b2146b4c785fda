#pragma once
// How the Details tab shows a value a run recorded: bytes in MiB or GiB (binary units, as the Setup page and the
// report's memory tables say), milliseconds with their unit, whole numbers without ".0", other numbers to six
// significant digits. The raw value is what the tooltip shows.

#include <QString>
#include <nlohmann/json.hpp>

namespace inferscope::app {

/// The readable text of `value` recorded under `key` (a leaf: string, number, boolean or null).
QString detailText(const QString &key, const nlohmann::json &value);

} // namespace inferscope::app
