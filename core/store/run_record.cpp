#include "core/store/run_record.h"

namespace inferscope::store {

const Series *RunRecord::find(std::string_view name) const
{
    for (const auto &s : series)
        if (s.name == name)
            return &s;
    return nullptr;
}

bool isValidRunId(std::string_view id)
{
    if (id.empty() || id.size() > 128 || id.front() == '.')
        return false;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace inferscope::store
