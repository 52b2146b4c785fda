#include "core/experiment/vocabulary.h"

#include <array>
#include <utility>

namespace inferscope::experiment {
namespace {

// One table per vocabulary: the enum's values in order with their spellings, so name and parse cannot disagree.
template <class E, std::size_t N> using Table = std::array<std::pair<E, std::string_view>, N>;

constexpr Table<RunStatus, 4> kRunStatus{{{RunStatus::Ok, "ok"},
                                          {RunStatus::Failed, "failed"},
                                          {RunStatus::Unsupported, "unsupported"},
                                          {RunStatus::Cancelled, "cancelled"}}};
constexpr Table<BrowserKind, 5> kBrowsers{{{BrowserKind::QtWebEngine, "qtwebengine"},
                                           {BrowserKind::Chromium, "chromium"},
                                           {BrowserKind::Firefox, "firefox"},
                                           {BrowserKind::Grid, "grid"},
                                           {BrowserKind::Native, "native"}}};
constexpr Table<Runtime, 4> kRuntimes{{{Runtime::OrtWeb, "ort-web"},
                                       {Runtime::Tfjs, "tfjs"},
                                       {Runtime::OnnxRuntimeNode, "onnxruntime-node"},
                                       {Runtime::PyTorch, "pytorch"}}};
constexpr Table<Backend, 7> kBackends{{{Backend::Wasm, "wasm"},
                                       {Backend::WebGl, "webgl"},
                                       {Backend::WebGpu, "webgpu"},
                                       {Backend::WebNn, "webnn"},
                                       {Backend::Cpu, "cpu"},
                                       {Backend::Eager, "eager"},
                                       {Backend::TorchScript, "torchscript"}}};
constexpr Table<Placement, 3> kPlacements{
    {{Placement::Main, "main"}, {Placement::Worker, "worker"}, {Placement::Process, "process"}}};
constexpr Table<Workload, 4> kWorkloads{
    {{Workload::None, "none"}, {Workload::Gui, "gui"}, {Workload::Animation, "animation"}, {Workload::Video, "video"}}};
constexpr Table<Harness, 3> kHarnesses{
    {{Harness::Full, "full"}, {Harness::Minimal, "minimal"}, {Harness::Calibrate, "calibrate"}}};

template <class E, std::size_t N> std::string_view spell(const Table<E, N> &table, E value)
{
    for (const auto &[v, text] : table)
        if (v == value)
            return text;
    return {};
}

template <class E, std::size_t N> E parse(const Table<E, N> &table, std::string_view text, E unknown)
{
    for (const auto &[v, spelling] : table)
        if (spelling == text)
            return v;
    return unknown;
}

} // namespace

std::string_view name(RunStatus value)
{
    return spell(kRunStatus, value);
}
std::string_view name(BrowserKind value)
{
    return spell(kBrowsers, value);
}
std::string_view name(Runtime value)
{
    return spell(kRuntimes, value);
}
std::string_view name(Backend value)
{
    return spell(kBackends, value);
}
std::string_view name(Placement value)
{
    return spell(kPlacements, value);
}
std::string_view name(Workload value)
{
    return spell(kWorkloads, value);
}

std::string_view name(Harness value)
{
    return spell(kHarnesses, value);
}

RunStatus parseRunStatus(std::string_view text)
{
    return parse(kRunStatus, text, RunStatus::Unknown);
}
BrowserKind parseBrowserKind(std::string_view text)
{
    return parse(kBrowsers, text, BrowserKind::Unknown);
}
Runtime parseRuntime(std::string_view text)
{
    return parse(kRuntimes, text, Runtime::Unknown);
}
Backend parseBackend(std::string_view text)
{
    return parse(kBackends, text, Backend::Unknown);
}
Placement parsePlacement(std::string_view text)
{
    return parse(kPlacements, text, Placement::Unknown);
}
Workload parseWorkload(std::string_view text)
{
    return parse(kWorkloads, text, Workload::Unknown);
}

Harness parseHarness(std::string_view text)
{
    return parse(kHarnesses, text, Harness::Unknown);
}

bool usesGpu(Backend backend)
{
    return backend == Backend::WebGl || backend == Backend::WebGpu;
}

} // namespace inferscope::experiment
