#pragma once
// Small result bundles written with the real store, for the app tests.

#include "core/store/bundle.h"

#include <QTemporaryDir>
#include <cmath>
#include <random>

namespace inferscope::tests {

/// Writes runs "run-0"... with a tier-up step then steady samples around `medians[i]` ms.
inline void writeLatencyBundle(const QString &dir, const std::vector<double> &medians, std::size_t samples = 300)
{
    auto writer = store::BundleWriter::open(dir.toStdString(), {{"plan", {{"name", "test"}}}});
    std::mt19937_64 engine(42);
    std::normal_distribution<double> noise(0.0, 0.02);
    for (std::size_t i = 0; i < medians.size(); ++i) {
        store::RunRecord r;
        r.runId = "run-" + std::to_string(i);
        r.meta = {{"status", "ok"}, {"model", "mobilenetv2"}, {"runtime", "ort-web"}, {"backend", "wasm"}};
        store::Series s{"latency_ms", {}};
        for (std::size_t k = 0; k < samples; ++k)
            s.values.push_back((k < 30 ? 1.8 : 1.0) * medians[i] * (1 + noise(engine)));
        s.values[200] *= 3; // one spike
        r.series.push_back(s);
        writer.writeRun(r);
    }
}

} // namespace inferscope::tests
