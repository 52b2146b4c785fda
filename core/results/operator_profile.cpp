#include "core/results/operator_profile.h"

#include <algorithm>
#include <cmath>

namespace inferscope::results {

std::string operatorFamily(const std::string &op)
{
    return op.rfind("Fused", 0) == 0 && op.size() > 5 ? op.substr(5) : op;
}

std::map<std::string, double> operatorMsPerInference(const std::vector<const nlohmann::json *> &profiles)
{
    std::map<std::string, double> sum;
    int used = 0;
    for (const nlohmann::json *p : profiles) {
        if (!p || !p->is_object() || p->contains("error") || !p->contains("ops") || !(*p)["ops"].is_object())
            continue;
        const double runs = p->value("runs", 0.0);
        if (!(runs > 0))
            continue;
        for (const auto &[op, v] : (*p)["ops"].items())
            if (v.is_object() && v.contains("us") && v["us"].is_number())
                sum[operatorFamily(op)] += v["us"].get<double>() / 1000.0 / runs;
        ++used;
    }
    for (auto &[op, ms] : sum)
        ms /= used;
    return sum;
}

std::vector<OperatorRow> operatorRows(const std::map<std::string, double> &cell,
                                      const std::map<std::string, double> *native)
{
    double total = 0;
    for (const auto &[op, ms] : cell)
        total += ms;
    std::vector<std::pair<std::string, double>> byTime(cell.begin(), cell.end());
    std::sort(byTime.begin(), byTime.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    std::vector<OperatorRow> rows;
    for (const auto &[op, ms] : byTime) {
        OperatorRow row{op, ms, total > 0 ? ms / total : 0.0};
        if (native)
            if (const auto it = native->find(op); it != native->end() && it->second > 0) {
                row.nativeMsPerInference = it->second;
                row.slowdown = ms / it->second;
            }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace inferscope::results
