// The workbench's scaling goals (issue 14) as ratios measured side by side in one run. Each subject is
// timed interleaved with its reference (reference, subject, reference, subject, ...) so machine drift
// hits both alike; the ratio is taken per pair and the median pair ratio is reported with the range
// over pairs. Prints a Markdown table (bench/run_all.sh puts it into bench/README.md). Never a test:
// speed goals are benchmarks here, not timed assertions.
//
//   inferscope_bench_scaling [--pairs N] [--runs R]
#include "app/gui/results_page.h"
#include "app/results/chart_views.h"
#include "core/analysis/bootstrap.h"
#include "core/analysis/descriptive.h"
#include "core/analysis/downsample.h"
#include "core/analysis/mann_whitney.h"
#include "core/analysis/steady_state.h"
#include "core/results/bundle_view.h"
#include "core/results/cell_summary.h"
#include "core/store/bundle.h"
#include "widgets/latency_series_plot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <qcustomplot.h>
#include <random>
#include <string>
#include <vector>

using namespace inferscope;

namespace {
double msOf(const std::function<void()> &work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

struct Row {
    std::string what, subject, reference;
    std::vector<double> ratios, subjectMs, referenceMs;
    double goal = 0;
};

Row measure(const std::string &what, const std::string &subject, const std::string &reference, double goal, int pairs,
            const std::function<void()> &subjectWork, const std::function<void()> &referenceWork)
{
    Row row{what, subject, reference, {}, {}, {}, goal};
    referenceWork(); // warm caches and allocators once, untimed
    subjectWork();
    for (int i = 0; i < pairs; ++i) {
        const double ref = msOf(referenceWork), sub = msOf(subjectWork);
        row.referenceMs.push_back(ref);
        row.subjectMs.push_back(sub);
        row.ratios.push_back(sub / ref);
    }
    std::fprintf(stderr, "%-40s median ratio %.2f\n", what.c_str(), analysis::median(row.ratios));
    return row;
}

std::vector<double> lognormal(std::size_t n, std::uint64_t seed, double medianMs = 30)
{
    std::mt19937_64 engine(seed);
    std::lognormal_distribution<double> d(std::log(medianMs), 0.1);
    std::vector<double> v(n);
    for (double &x : v)
        x = std::round(d(engine) * 200.0) / 200.0; // a browser's 5 us timer resolution
    return v;
}

/// A run as the engine stores it: latency (warm-up included), memory timeline by process type, input
/// delays and frame intervals idle and busy.
store::RunRecord benchRun(int index, std::size_t samples)
{
    store::RunRecord r;
    const int cell = index % 50, repetition = index / 50 + 1;
    // A cell key as the engine writes it (the store refuses a record whose id is not a repetition of its cell).
    const std::string model = "model" + std::to_string(cell % 10), browserName = cell < 25 ? "chromium" : "firefox";
    const std::string key = model + "_ort-web_wasm_t" + std::to_string(1 + cell / 10 % 3) + "_" + browserName + "_main";
    r.runId = key + "_r" + std::to_string(repetition);
    r.meta = {{"status", "ok"},
              {"model", model},
              {"runtime", "ort-web"},
              {"backend", "wasm"},
              {"browser", browserName},
              {"placement", "main"},
              {"threads", 1 + cell / 10 % 3},
              {"workload", "none"},
              {"cell", key},
              {"repetition", repetition}};
    std::vector<double> latency = lognormal(samples, static_cast<std::uint64_t>(index) + 1);
    for (std::size_t i = 0; i < 50 && i < latency.size(); ++i)
        latency[i] *= 1.5; // warm-up
    r.series.push_back({"latency_ms", latency});
    std::vector<double> t, total, renderer, browser;
    for (int i = 0; i < 300; ++i) {
        t.push_back(i * 100.0);
        renderer.push_back(200e6 + i * 1e5);
        browser.push_back(80e6);
        total.push_back(renderer.back() + browser.back());
    }
    r.series.push_back({"memory_t_ms", t});
    r.series.push_back({"memory_pss_bytes", total});
    r.series.push_back({"memory_renderer_pss_bytes", renderer});
    r.series.push_back({"memory_browser_pss_bytes", browser});
    std::vector<double> it, delay, phase, ft, interval;
    for (int i = 0; i < 100; ++i) {
        it.push_back(i * 300.0);
        delay.push_back(2.0 + (i % 7));
        phase.push_back(i < 50 ? 0 : 2);
    }
    for (int i = 0; i < 1800; ++i) {
        ft.push_back(i * 16.7);
        interval.push_back(16.7 + (i % 13 == 0 ? 30 : 0));
    }
    r.series.push_back({"input_t_ms", it});
    r.series.push_back({"input_delay_ms", delay});
    r.series.push_back({"input_phase", phase});
    r.series.push_back({"frame_t_ms", ft});
    r.series.push_back({"frame_interval_ms", interval});
    return r;
}

/// The longest the GUI thread went without running its event loop while the Results page opened `dir`.
double longestGuiStallMs(const QString &dir)
{
    app::ResultsPage page;
    page.resize(1200, 800);
    page.show();
    QSignalSpy loaded(&page, &app::ResultsPage::bundleLoaded);
    QElapsedTimer clock;
    double last = 0, worst = 0;
    QTimer tick;
    tick.setInterval(0);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const double now = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        worst = std::max(worst, now - last);
        last = now;
    });
    clock.start();
    tick.start();
    page.openBundle(dir); // measured too: the call itself runs on the GUI thread
    while (loaded.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    for (int i = 0; i < 20; ++i) // the ticks after the load: what the page did with the result
        QCoreApplication::processEvents();
    return worst;
}

void printTable(const std::vector<Row> &rows, double stallMs, int runs, std::size_t samples)
{
    std::printf("| measurement | subject | reference | pairs | median ratio | range over pairs | goal | met |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    for (const Row &r : rows) {
        const auto [lo, hi] = std::minmax_element(r.ratios.begin(), r.ratios.end());
        const double m = analysis::median(r.ratios);
        const std::string goal =
            r.goal > 0 ? "<= " + std::to_string(static_cast<int>(r.goal)) : std::string("(no goal)");
        const char *met = r.goal <= 0 ? "-" : m <= r.goal ? "yes" : "**no**";
        std::printf("| %s | %s (median %.1f ms) | %s (median %.1f ms) | %zu | %.2f | %.2f to %.2f | %s | %s |\n",
                    r.what.c_str(), r.subject.c_str(), analysis::median(r.subjectMs), r.reference.c_str(),
                    analysis::median(r.referenceMs), r.ratios.size(), m, *lo, *hi, goal.c_str(), met);
    }
    std::printf("| GUI thread while the Results page opens %d runs x %zu samples | longest stall of the event loop | - "
                "| 1 | %.0f ms | - | <= 100 ms | %s |\n",
                runs, samples, stallMs, stallMs <= 100 ? "yes" : "**no**");
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    int pairs = 5, runs = 500;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--pairs"))
            pairs = std::max(1, args[i + 1].toInt());
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    constexpr std::size_t kMillion = 1'000'000, kSamplesPerRun = 2000;
    const std::vector<double> a = lognormal(kMillion, 1), b = lognormal(kMillion, 2, 33);
    std::vector<double> both(a);
    both.insert(both.end(), b.begin(), b.end());
    auto sortCopy = [](const std::vector<double> &v) {
        std::vector<double> copy(v);
        std::sort(copy.begin(), copy.end());
        volatile double keep = copy[copy.size() / 2];
        (void)keep;
    };
    std::vector<Row> rows;
    volatile double sink = 0;
    rows.push_back(measure(
        "CI of a median, 1 M samples (2 000 resamples)", "bootstrapMedianCi", "sort 1 M", 3, pairs,
        [&] { sink = analysis::bootstrapMedianCi(a).low; }, [&] { sortCopy(a); }));
    rows.push_back(measure(
        "CI of a ratio of medians, 1 M / 1 M", "bootstrapMedianRatioCi", "sort 2 M", 3, pairs,
        [&] { sink = analysis::bootstrapMedianRatioCi(b, a).low; }, [&] { sortCopy(both); }));
    rows.push_back(measure(
        "Mann-Whitney U, 1 M x 1 M", "mannWhitneyU", "sort 2 M", 3, pairs,
        [&] { sink = analysis::mannWhitneyU(a, b).pValue; }, [&] { sortCopy(both); }));
    rows.push_back(measure(
        "steady-state detection, 1 M", "detectSteadyState", "sort 1 M", 3, pairs,
        [&] { sink = static_cast<double>(analysis::detectSteadyState(a).start); }, [&] { sortCopy(a); }));
    rows.push_back(measure(
        "summary (mean, quantiles, CV), 1 M", "summarize", "sort 1 M", 3, pairs,
        [&] { sink = analysis::summarize(a).p95; }, [&] { sortCopy(a); }));

    // A bundle of `runs` runs, opened the way the Results page opens it, against only reading it.
    QTemporaryDir dir;
    {
        auto writer = store::BundleWriter::open(dir.path().toStdString(), {{"plan", {{"name", "scaling-bench"}}}});
        for (int i = 0; i < runs; ++i)
            writer.writeRun(benchRun(i, kSamplesPerRun));
    }
    const std::filesystem::path bundle = dir.path().toStdString();
    // Measure only what is there: a bundle whose records the store refuses would time reading errors.
    if (const auto check = results::loadBundleView(bundle);
        check->runs.size() != static_cast<std::size_t>(runs) || !check->problems.empty()) {
        std::fprintf(stderr, "the bench bundle did not load: %zu of %d runs, %zu problems (%s)\n", check->runs.size(),
                     runs, check->problems.size(),
                     check->problems.empty() ? "" : check->problems.front().message.c_str());
        return 2;
    }
    rows.push_back(measure(
        "open a bundle of " + std::to_string(runs) + " runs x 2 000 samples with memory and responsiveness",
        "load + every Results statistic", "decompress + parse only", 3, std::max(3, pairs / 2),
        [&] {
            const auto view = results::loadBundleView(bundle);
            sink = static_cast<double>(results::summarizeCells(*view).size());
        },
        [&] { sink = static_cast<double>(store::readBundle(bundle).runs.size()); }));

    // The latency chart. The Results page downsamples each run's series once, in the loader's worker thread
    // (min/max per bucket, ~one per pixel column), and the chart redraws that view on every pan, zoom,
    // resize or theme switch: the goal is on that replot; the downsampling is priced in its own row.
    widgets::LatencySeriesPlot chart;
    chart.resize(1200, 500);
    chart.show();
    auto viewOf = [](const std::vector<double> &values) {
        std::vector<double> index(values.size());
        for (std::size_t i = 0; i < index.size(); ++i)
            index[i] = static_cast<double>(i);
        widgets::LatencySeriesView view;
        view.samples = analysis::minMaxDownsample(index, values, 1500); // as results::summarizeRun does
        view.median = 30;
        view.ciLow = 29.5;
        view.ciHigh = 30.5;
        return view;
    };
    const std::vector<double> thousand(a.begin(), a.begin() + 1000);
    const widgets::LatencySeriesView million = viewOf(a), small = viewOf(thousand);
    auto replot = [&chart](const widgets::LatencySeriesView &view) {
        chart.setView(view); // redraws and replots
        chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
    };
    rows.push_back(measure(
        "latency chart replot, 1 M points", "1 M samples", "1 K samples", 5, pairs, [&] { replot(million); },
        [&] { replot(small); }));
    rows.push_back(measure(
        "latency chart from raw samples (downsampling included), 1 M points", "1 M samples", "1 K samples", 0, pairs,
        [&] { replot(viewOf(a)); }, [&] { replot(viewOf(thousand)); }));

    const double stall = longestGuiStallMs(dir.path());
    printTable(rows, stall, runs, kSamplesPerRun);
    return 0;
}
