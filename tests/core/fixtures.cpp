#include "fixtures.h"

#include <fstream>
#include <stdexcept>

namespace inferscope::tests {

const nlohmann::json &analysisFixtures()
{
    static const nlohmann::json fixtures = [] {
        std::ifstream in(INFERSCOPE_FIXTURES_DIR "/analysis_fixtures.json");
        if (!in)
            throw std::runtime_error("missing analysis_fixtures.json");
        return nlohmann::json::parse(in);
    }();
    return fixtures;
}

std::vector<double> toVector(const nlohmann::json &array)
{
    return array.get<std::vector<double>>();
}

} // namespace inferscope::tests
