#include "core/results/trace_summary.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace inferscope::results {

nlohmann::json summarizeTrace(std::string_view traceJson)
{
    const auto trace = nlohmann::json::parse(traceJson);
    const nlohmann::json &events = trace.is_array() ? trace : trace.at("traceEvents");
    using Thread = std::pair<long long, long long>;
    std::set<Thread> mainThreads;
    for (const auto &e : events)
        if (e.is_object() && e.value("ph", "") == "M" && e.value("name", "") == "thread_name" && e.contains("args") &&
            e["args"].value("name", "") == "CrRendererMain")
            mainThreads.insert({e.value("pid", 0LL), e.value("tid", 0LL)});
    // Per main thread: its task events (start, duration in µs). Chromium wraps each task in two events,
    // ThreadControllerImpl::RunTask around RunTask: nested ones are the same task, so only the outermost
    // counts (the calibration page caught the double count: docs/CALIBRATION.md).
    std::map<Thread, std::vector<std::pair<double, double>>> spans;
    for (const auto &e : events) {
        if (!e.is_object() || e.value("ph", "") != "X")
            continue;
        const std::string name = e.value("name", "");
        if (name != "RunTask" && name != "ThreadControllerImpl::RunTask")
            continue;
        const Thread thread{e.value("pid", 0LL), e.value("tid", 0LL)};
        if (mainThreads.contains(thread))
            spans[thread].emplace_back(e.value("ts", 0.0), e.value("dur", 0.0));
    }
    std::map<Thread, std::vector<double>> tasks;
    for (auto &[thread, list] : spans) {
        // Earliest first, and of two starting together the longer (outer) one first.
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second > b.second;
        });
        double outerEnd = -1;
        for (const auto &[ts, dur] : list) {
            if (ts < outerEnd)
                continue; // inside the task before it
            tasks[thread].push_back(dur);
            outerEnd = ts + dur;
        }
    }
    const std::vector<double> *busiest = nullptr;
    double busiestTotal = -1;
    for (const auto &[thread, durations] : tasks) {
        double total = 0;
        for (double d : durations)
            total += d;
        if (total > busiestTotal) {
            busiestTotal = total;
            busiest = &durations;
        }
    }
    std::size_t longTasks = 0;
    double longest = 0, blocking = 0;
    if (busiest)
        for (double us : *busiest) {
            longest = std::max(longest, us / 1000.0);
            if (us > 50000.0) {
                ++longTasks;
                blocking += (us - 50000.0) / 1000.0;
            }
        }
    return {{"events", events.size()},
            {"main_thread_tasks", busiest ? busiest->size() : 0},
            {"long_tasks", longTasks},
            {"longest_task_ms", longest},
            {"blocking_ms", blocking}};
}

} // namespace inferscope::results
