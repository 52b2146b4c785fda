// The calibration check at the record's edge: the schedule the page reported (meta.env.calibration.blocks), the
// trace's summary (meta.trace.summary) and the check written back (docs/CALIBRATION.md).
#include "core/engine/calibration_check.h"

namespace inferscope::engine {
namespace {
const nlohmann::json *objectAt(const nlohmann::json &j, const char *key)
{
    const auto it = j.is_object() ? j.find(key) : j.end();
    return it != j.end() && it->is_object() ? &*it : nullptr;
}

std::optional<double> numberAt(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt;
}
} // namespace

std::optional<CalibrationReport> calibrationReportOf(const nlohmann::json &meta)
{
    const nlohmann::json *env = objectAt(meta, "env");
    if (!env || !env->contains("calibration"))
        return std::nullopt;
    CalibrationReport report;
    const auto &calibration = (*env)["calibration"];
    if (const auto blocks = calibration.is_object() ? calibration.find("blocks") : calibration.end();
        blocks != calibration.end() && blocks->is_array())
        for (const auto &b : *blocks)
            if (b.is_object())
                if (const auto ms = numberAt(b, "ms"))
                    report.blockMs.push_back(*ms);
    if (const nlohmann::json *trace = objectAt(meta, "trace"))
        if (const nlohmann::json *summary = objectAt(*trace, "summary")) {
            report.longTasks = numberAt(*summary, "long_tasks");
            report.blockingMs = numberAt(*summary, "blocking_ms");
        }
    return report;
}

nlohmann::json toJson(const CalibrationCheck &check)
{
    nlohmann::json rows = nlohmann::json::array();
    for (const auto &r : check.rows) {
        nlohmann::json j = {{"metric", r.metric},
                            {"expected", r.expected},
                            {"low", r.low},
                            {"high", r.high},
                            {"measured", r.measured ? nlohmann::json(*r.measured) : nlohmann::json(nullptr)},
                            {"pass", r.pass}};
        if (!r.note.empty())
            j["note"] = r.note;
        rows.push_back(std::move(j));
    }
    return {{"rows", rows}, {"pass", check.pass}, {"blocks", check.blocks}};
}

void addCalibrationCheck(store::RunRecord &record, double inputHz)
{
    if (auto check = calibrationCheck(record, inputHz); !check.is_null())
        record.meta["env"]["calibration"]["check"] = std::move(check);
}

} // namespace inferscope::engine
