#pragma once
// What a recorded Chrome trace says about the page's main thread: how many of its tasks were long
// (> 50 ms, the Long Tasks API's threshold) and the total blocking time they caused (the time beyond
// 50 ms of each). The renderer main thread is the CrRendererMain thread that ran the most task time.

#include <nlohmann/json.hpp>
#include <string_view>

namespace inferscope::results {

/// {"events", "main_thread_tasks", "long_tasks", "longest_task_ms", "blocking_ms"}; throws
/// nlohmann::json::exception when the text is not trace JSON.
nlohmann::json summarizeTrace(std::string_view traceJson);

} // namespace inferscope::results
