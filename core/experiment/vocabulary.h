#pragma once
// The closed vocabularies of plans, records and summaries as enums: parsed once where JSON or a plan is read,
// compared as enums in control flow, and spelled in JSON exactly as the formats document them
// (docs/PLAN_FORMAT.md, docs/BUNDLE_FORMAT.md). A spelling the enum does not know reads as Unknown; the
// types that carry one keep the text as recorded beside it, so a bundle from a newer InferScope still shows it.

#include <optional>
#include <string_view>

namespace inferscope::experiment {

enum class RunStatus { Ok, Failed, Unsupported, Cancelled, Unknown };
enum class BrowserKind { QtWebEngine, Chromium, Firefox, Grid, Native, Unknown };
enum class Runtime { OrtWeb, Tfjs, OnnxRuntimeNode, PyTorch, Unknown };
enum class Backend { Wasm, WebGl, WebGpu, WebNn, Cpu, Eager, TorchScript, Unknown };
enum class Placement { Main, Worker, Process, Unknown };
enum class Workload { None, Gui, Animation, Video, Unknown };
/// The page a browser cell loads: the full harness, the minimal loop (what the harness costs), the calibration page.
enum class Harness { Full, Minimal, Calibrate, Unknown };

/// The spelling in JSON ("ok", "qtwebengine", "ort-web", "webgl", "worker", "none"); "" for Unknown.
std::string_view name(RunStatus value);
std::string_view name(BrowserKind value);
std::string_view name(Runtime value);
std::string_view name(Backend value);
std::string_view name(Placement value);
std::string_view name(Workload value);
std::string_view name(Harness value);

/// The value a spelling names, Unknown for any other (the empty string included).
RunStatus parseRunStatus(std::string_view text);
BrowserKind parseBrowserKind(std::string_view text);
Runtime parseRuntime(std::string_view text);
Backend parseBackend(std::string_view text);
Placement parsePlacement(std::string_view text);
Workload parseWorkload(std::string_view text);
Harness parseHarness(std::string_view text);

/// Whether a backend computes on a GPU (webgl, webgpu): its numbers are GPU numbers only on a hardware adapter.
bool usesGpu(Backend backend);

} // namespace inferscope::experiment
