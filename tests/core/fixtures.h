#pragma once
// Known values computed once with NumPy/SciPy (fixtures/make_analysis_fixtures.py).

#include <nlohmann/json.hpp>
#include <vector>

namespace inferscope::tests {
const nlohmann::json &analysisFixtures();
std::vector<double> toVector(const nlohmann::json &array);
} // namespace inferscope::tests
