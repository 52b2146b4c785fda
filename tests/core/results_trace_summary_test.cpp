#include "core/results/trace_summary.h"

#include <gtest/gtest.h>

using inferscope::results::summarizeTrace;

TEST(TraceSummary, LongTasksAndBlockingTimeComeFromTheBusiestRendererMainThread)
{
    // Two renderers: pid 2 (the harness page, busy) and pid 3 (about:blank, idle); the browser's own
    // long task (pid 1) must not count.
    const char *trace = R"({"traceEvents": [
        {"ph": "M", "name": "thread_name", "pid": 2, "tid": 20, "args": {"name": "CrRendererMain"}},
        {"ph": "M", "name": "thread_name", "pid": 3, "tid": 30, "args": {"name": "CrRendererMain"}},
        {"ph": "M", "name": "thread_name", "pid": 1, "tid": 10, "args": {"name": "CrBrowserMain"}},
        {"ph": "X", "name": "RunTask", "pid": 2, "tid": 20, "ts": 0, "dur": 120000},
        {"ph": "X", "name": "RunTask", "pid": 2, "tid": 20, "ts": 200000, "dur": 30000},
        {"ph": "X", "name": "ThreadControllerImpl::RunTask", "pid": 2, "tid": 20, "ts": 300000, "dur": 60000},
        {"ph": "X", "name": "V8.Execute", "pid": 2, "tid": 20, "ts": 0, "dur": 110000},
        {"ph": "X", "name": "RunTask", "pid": 3, "tid": 30, "ts": 0, "dur": 1000},
        {"ph": "X", "name": "RunTask", "pid": 1, "tid": 10, "ts": 0, "dur": 900000}
    ]})";
    const auto s = summarizeTrace(trace);
    EXPECT_EQ(9, s["events"]);
    EXPECT_EQ(3, s["main_thread_tasks"]);
    EXPECT_EQ(2, s["long_tasks"]);
    EXPECT_DOUBLE_EQ(120.0, s["longest_task_ms"].get<double>());
    EXPECT_DOUBLE_EQ(70.0 + 10.0, s["blocking_ms"].get<double>());
    // A bare array of events is valid trace JSON too; text that is not JSON throws.
    EXPECT_EQ(0, summarizeTrace("[]")["long_tasks"]);
    EXPECT_THROW(summarizeTrace("{\"traceEvents\": [ truncated"), nlohmann::json::exception);
}

TEST(TraceSummary, ATaskWrappedInTwoEventsCountsOnce)
{
    // Chromium records each task as ThreadControllerImpl::RunTask around RunTask: one 100 ms task, not two
    // (the calibration page measured 18 long tasks for 9 blocks before this was handled).
    const char *trace = R"({"traceEvents": [
        {"ph": "M", "name": "thread_name", "pid": 2, "tid": 20, "args": {"name": "CrRendererMain"}},
        {"ph": "X", "name": "ThreadControllerImpl::RunTask", "pid": 2, "tid": 20, "ts": 1000, "dur": 100000},
        {"ph": "X", "name": "RunTask", "pid": 2, "tid": 20, "ts": 1005, "dur": 99990},
        {"ph": "X", "name": "RunTask", "pid": 2, "tid": 20, "ts": 500000, "dur": 300000},
        {"ph": "X", "name": "ThreadControllerImpl::RunTask", "pid": 2, "tid": 20, "ts": 500000, "dur": 300010}
    ]})";
    const auto s = summarizeTrace(trace);
    EXPECT_EQ(2, s["main_thread_tasks"]);
    EXPECT_EQ(2, s["long_tasks"]);
    EXPECT_NEAR(300.01, s["longest_task_ms"].get<double>(), 1e-9);
    EXPECT_NEAR(50.0 + 250.01, s["blocking_ms"].get<double>(), 1e-9);
}
