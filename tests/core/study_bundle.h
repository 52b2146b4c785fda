#pragma once
// A result bundle shaped like a real plan's (browser runs with phases, timed samples, memory, JS heap,
// clicks and frames; native baselines; an unsupported and a failed run), written with the real store.
// Shared by the core tests (exports, study) and the app tests (CLI, report).

#include "core/store/bundle.h"

#include <cmath>
#include <filesystem>
#include <random>
#include <string>

namespace inferscope::tests {

struct StudyBundleCounts {
    std::size_t runs = 0, cells = 0, samples = 0, memoryRows = 0, heapRows = 0, inputs = 0, frames = 0,
                workloadSteps = 0, phases = 0, timedSamples = 0;
};

inline store::RunRecord studyRun(const std::string &model, const std::string &browser, int threads, bool simd,
                                 double medianMs, std::mt19937_64 &engine, StudyBundleCounts &counts,
                                 const std::string &workload = "none", int repetition = 1)
{
    std::normal_distribution<double> noise(0.0, 0.02), drift(0.0, 0.03);
    medianMs *= std::exp(drift(engine)); // each repetition on a machine that moved a little (PLATFORM.md)
    store::RunRecord r;
    const bool native = browser == "native";
    const std::string cell = model + "_" + (native ? "onnxruntime-node_cpu" : "ort-web_wasm") + "_t" +
                             std::to_string(threads) + (simd ? "" : "_nosimd") + "_" + browser + "_" +
                             (native ? "process" : "main") + (workload == "none" ? "" : "_w" + workload);
    r.runId = cell + "_r" + std::to_string(repetition);
    r.meta = {{"status", "ok"},
              {"model", model},
              {"runtime", native ? "onnxruntime-node" : "ort-web"},
              {"backend", native ? "cpu" : "wasm"},
              {"threads", threads},
              {"simd", simd},
              {"browser", browser},
              {"placement", native ? "process" : "main"},
              {"harness", "full"},
              {"workload", workload},
              {"cell", cell},
              {"repetition", repetition},
              {"setup_ms", 200.0},
              {"first_ms", 3 * medianMs},
              {"warmup_ms", 2000.0},
              {"fetch_ms", 15.0},
              {"browser_version", native ? "" : browser + " 1.0"},
              {"page_clock_offset_ms", 100.0},
              {"env", {{"runtime_version", "1.30.0"}, {"threads_used", threads}, {"simd", simd}}},
              {"outputs",
               {{"fidelity",
                 {{{"index", 0},
                   {"compared", true},
                   {"max_abs_error", 1e-5},
                   {"cosine", 0.99999},
                   {"top1_agrees", true}}}}}}};
    store::Series latency{"latency_ms", {}}, latencyT{"latency_t_ms", {}}, warmup{"warmup_latency_ms", {}},
        warmupT{"warmup_latency_t_ms", {}};
    double t = 1000;
    for (int k = 0; k < 10; ++k) {
        const double ms = 2 * medianMs * (1 + noise(engine));
        t += ms + 0.1;
        warmup.values.push_back(ms);
        warmupT.values.push_back(t);
    }
    const double predictionStart = t;
    for (int k = 0; k < 40; ++k) {
        const double ms = medianMs * (1 + noise(engine));
        t += ms + 0.1;
        latency.values.push_back(ms);
        latencyT.values.push_back(t);
    }
    r.meta["phases"] = {{"setup", {{"name", "setup"}, {"ms", 200.0}, {"t", 900.0}}},
                        {"prediction", {{"name", "prediction"}, {"ms", t - predictionStart}, {"t", t}}}};
    r.series = {latency, warmup};
    counts.samples += latency.values.size() + warmup.values.size();
    counts.phases += 2;
    if (!native) {
        r.series.push_back(latencyT);
        r.series.push_back(warmupT);
        counts.timedSamples += latency.values.size() + warmup.values.size();
        store::Series mt{"memory_t_ms", {}}, pss{"memory_pss_bytes", {}}, rss{"memory_rss_bytes", {}},
            renderer{"memory_renderer_pss_bytes", {}};
        store::Series ht{"js_heap_t_ms", {}}, heap{"js_heap_used_bytes", {}}, heapTotal{"js_heap_total_bytes", {}};
        for (int k = 0; k < 30; ++k) {
            mt.values.push_back(100.0 * k);
            pss.values.push_back(200e6 + 1e6 * k);
            rss.values.push_back(400e6 + 1e6 * k);
            renderer.values.push_back(100e6 + 1e6 * k);
            ht.values.push_back(100.0 * k + 5);
            heap.values.push_back(5e6 + 2e6 * k);
            heapTotal.values.push_back(8e6 + 2e6 * k);
        }
        counts.memoryRows += mt.values.size();
        counts.heapRows += ht.values.size();
        r.series.insert(r.series.end(), {mt, pss, rss, renderer, ht, heap, heapTotal});
        r.meta["memory"] = {{"baseline_pss_bytes", 200e6}, {"peak_pss_bytes", 229e6},    {"amplification", 29e6 / 14e6},
                            {"model_bytes", 14e6},         {"js_heap_first_bytes", 5e6}, {"js_heap_peak_bytes", 63e6}};
        if (workload != "none") {
            store::Series it{"input_t_ms", {}}, delay{"input_delay_ms", {}}, e2e{"input_e2e_ms", {}},
                phase{"input_phase", {}};
            store::Series ft{"frame_t_ms", {}}, interval{"frame_interval_ms", {}}, fphase{"frame_phase", {}};
            store::Series wt{"workload_t_ms", {}}, wms{"workload_ms", {}}, work{"workload_work_ms", {}},
                wphase{"workload_phase", {}};
            for (int k = 0; k < 20; ++k) {
                it.values.push_back(100.0 * k);
                delay.values.push_back(k < 10 ? 2.0 : 40.0);
                e2e.values.push_back(k < 10 ? 3.0 : -1.0);
                phase.values.push_back(k < 10 ? 0 : 3);
                wt.values.push_back(250.0 * k);
                wms.values.push_back(k < 10 ? 5.0 : 9.0);
                work.values.push_back(4.0);
                wphase.values.push_back(k < 10 ? 0 : 3);
            }
            for (int k = 0; k < 50; ++k) {
                ft.values.push_back(16.7 * k);
                interval.values.push_back(k < 25 ? 16.7 : 50.0);
                fphase.values.push_back(k < 25 ? 0 : 3);
            }
            counts.inputs += it.values.size();
            counts.frames += ft.values.size();
            counts.workloadSteps += wt.values.size();
            r.series.insert(r.series.end(), {it, delay, e2e, phase, ft, interval, fphase, wt, wms, work, wphase});
            r.meta["gui_workload"] = {{"increase_percent", 80.0}};
            r.meta["responsiveness"] = {{"input_e2e_ms", {{"idle", {{"p95", 3.0}}}, {"busy", {{"p95", 45.0}}}}},
                                        {"frames", {{"idle", {{"fps", 60.0}}}, {"busy", {{"fps", 20.0}}}}}};
        }
    }
    ++counts.runs;
    return r;
}

/// Two models x (native, chromium, firefox) at 1 and 4 threads with SIMD, and one GUI-workload cell, each in
/// `repetitions` interleaved repetitions (the repetition is the unit of evidence: three, as a plan that makes
/// claims has); Chromium without SIMD at 1 thread (unsupported) and one failed run once each. Chromium runs 6x
/// and Firefox 7x native.
inline StudyBundleCounts writeStudyBundle(const std::filesystem::path &dir, int repetitions = 3)
{
    StudyBundleCounts counts;
    std::mt19937_64 engine(7);
    auto writer = store::BundleWriter::open(
        dir,
        {{"plan", {{"name", "study-test"}, {"seed", 1}, {"repetitions", repetitions}, {"policy", {{"samples", 40}}}}},
         {"planned_runs", {"never_ran_r1"}},
         {"machine", {{"cpu_model", "Test CPU"}, {"logical_cores", 2}}}});
    for (int repetition = 1; repetition <= repetitions; ++repetition) {
        for (const auto &[model, native] : {std::pair{"mobilenetv2", 5.0}, std::pair{"resnet50", 50.0}})
            for (int threads : {1, 4}) {
                writer.writeRun(studyRun(model, "native", threads, true, native, engine, counts, "none", repetition));
                writer.writeRun(
                    studyRun(model, "chromium", threads, true, native * 6.0, engine, counts, "none", repetition));
                writer.writeRun(
                    studyRun(model, "firefox", threads, true, native * 7.0, engine, counts, "none", repetition));
            }
        writer.writeRun(studyRun("mobilenetv2", "chromium", 1, true, 30.0, engine, counts, "gui", repetition));
    }
    store::RunRecord unsupported;
    unsupported.runId = "mobilenetv2_ort-web_wasm_t1_nosimd_chromium_main_r1";
    unsupported.meta = {{"status", "unsupported"}, {"error", "load-runtime: ships only a SIMD build"},
                        {"model", "mobilenetv2"},  {"runtime", "ort-web"},
                        {"backend", "wasm"},       {"threads", 1},
                        {"simd", false},           {"browser", "chromium"},
                        {"placement", "main"},     {"cell", "mobilenetv2_ort-web_wasm_t1_nosimd_chromium_main"}};
    writer.writeRun(unsupported);
    store::RunRecord failed = unsupported;
    failed.runId = "resnet50_ort-web_wasm_t1_chromium_worker_r1";
    failed.meta.update({{"status", "failed"},
                        {"error", "no result within 90 s"},
                        {"simd", true},
                        {"placement", "worker"},
                        {"model", "resnet50"},
                        {"cell", "resnet50_ort-web_wasm_t1_chromium_worker"}});
    writer.writeRun(failed);
    counts.runs += 2;
    counts.cells = 2 * 2 * 3 + 1 +
                   2; // models x threads x (native and two browsers), the GUI-workload cell, unsupported and failed
    return counts;
}

/// A bundle of the anatomize preset's shape (issue 30): ten models whose native medians run from 1 ms to 400 ms;
/// wasm on one thread in the embedded browser, Chromium and Firefox, on four threads in Chromium and Firefox,
/// and software WebGL in Chromium (40x native: up to 16 s), native at 1 and 4 threads; 80 cells, each in
/// `repetitions` repetitions, plus one unsupported and one failed cell.
inline StudyBundleCounts writeAnatomizeBundle(const std::filesystem::path &dir, int repetitions = 2)
{
    StudyBundleCounts counts;
    std::mt19937_64 engine(11);
    auto writer = store::BundleWriter::open(
        dir, {{"plan",
               {{"name", "anatomize-test"}, {"seed", 1}, {"repetitions", repetitions}, {"policy", {{"samples", 40}}}}},
              {"machine", {{"cpu_model", "Test CPU"}, {"logical_cores", 2}}}});
    const std::pair<const char *, double> models[] = {
        {"squeezenet1.1", 1.0}, {"mobilenetv2", 4.0},           {"efficientnet-lite4", 18.0}, {"resnet50", 45.0},
        {"yolov5n", 30.0},      {"distilbert", 60.0},           {"bert-base", 120.0},         {"vgg16", 400.0},
        {"densenet121", 80.0},  {"whisper-tiny-encoder", 150.0}};
    for (int repetition = 1; repetition <= repetitions; ++repetition)
        for (const auto &[model, native] : models) {
            for (int threads : {1, 4})
                writer.writeRun(studyRun(model, "native", threads, true, native / (threads == 4 ? 2.5 : 1.0), engine,
                                         counts, "none", repetition));
            for (const char *browser : {"qtwebengine", "chromium", "firefox"})
                writer.writeRun(studyRun(model, browser, 1, true,
                                         native * (std::string(browser) == "firefox" ? 2.4 : 1.8), engine, counts,
                                         "none", repetition));
            for (const char *browser : {"chromium", "firefox"})
                writer.writeRun(studyRun(model, browser, 4, true,
                                         native * (std::string(browser) == "firefox" ? 1.3 : 0.9), engine, counts,
                                         "none", repetition));
            store::RunRecord webgl =
                studyRun(model, "chromium", 1, true, native * 40.0, engine, counts, "none", repetition);
            const std::string cell = std::string(model) + "_ort-web_webgl_t1_chromium_main";
            webgl.runId = cell + "_r" + std::to_string(repetition);
            webgl.meta["cell"] = cell;
            webgl.meta["backend"] = "webgl";
            webgl.meta["env"]["webgl_software"] = true;
            writer.writeRun(webgl);
        }
    store::RunRecord unsupported;
    unsupported.runId = "vgg16_ort-web_webgpu_t1_firefox_main_r1";
    unsupported.meta = {{"status", "unsupported"},
                        {"error", "init-backend: no WebGPU adapter"},
                        {"model", "vgg16"},
                        {"runtime", "ort-web"},
                        {"backend", "webgpu"},
                        {"threads", 1},
                        {"simd", true},
                        {"browser", "firefox"},
                        {"placement", "main"},
                        {"cell", "vgg16_ort-web_webgpu_t1_firefox_main"}};
    writer.writeRun(unsupported);
    store::RunRecord failed = unsupported;
    failed.runId = "bert-base_ort-web_wasm_t4_qtwebengine_main_r1";
    failed.meta.update({{"status", "failed"},
                        {"error", "no result within 90 s"},
                        {"backend", "wasm"},
                        {"threads", 4},
                        {"browser", "qtwebengine"},
                        {"model", "bert-base"},
                        {"cell", "bert-base_ort-web_wasm_t4_qtwebengine_main"}});
    writer.writeRun(failed);
    counts.runs += 2;
    counts.cells = 10 * 8 + 2;
    return counts;
}

} // namespace inferscope::tests
