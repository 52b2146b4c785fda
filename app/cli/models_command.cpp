#include "app/cli/models_command.h"

#include "core/engine/native_runner.h"
#include "core/modelcache/model_cache.h"
#include "core/modelcache/model_import.h"
#include "core/results/bundle_view.h"
#include "core/store/bundle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <cmath>
#include <unistd.h>

namespace inferscope::app {
namespace {
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString megabytes(std::uint64_t bytes)
{
    return QString::number(static_cast<double>(bytes) / 1e6, 'f', 1);
}

QString state(const zoo::ModelCache &cache, const zoo::ModelEntry &e)
{
    const auto v = cache.verify(e, false);
    if (v.filesPresent && v.referenceReady)
        return Cli::tr("ready");
    if (v.filesPresent)
        return Cli::tr("no reference");
    return Cli::tr("not fetched");
}

bool loadCatalog(const zoo::ModelCache &cache, zoo::Catalog &catalog, QTextStream &err)
{
    try {
        catalog = cache.loadCatalog();
        return true;
    } catch (const zoo::CatalogError &e) {
        err << Cli::tr("The model catalog is invalid: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        return false;
    }
}

int list(const zoo::ModelCache &cache, const zoo::Catalog &catalog, bool json, QTextStream &out)
{
    if (json) {
        nlohmann::json models = nlohmann::json::array();
        for (const auto &e : catalog.models()) {
            auto j = zoo::toJson(e);
            const auto v = cache.verify(e, false);
            j["cache"] = {{"directory", cache.modelDir(e).toStdString()},
                          {"files_present", v.filesPresent},
                          {"reference_ready", v.referenceReady}};
            j["native_baseline"] = e.hasNativeBaseline();
            models.push_back(j);
        }
        out << QString::fromStdString(
                   nlohmann::json{{"cache", cache.cacheDir().toStdString()}, {"models", models}}.dump(2))
            << Qt::endl;
        return 0;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
               .arg(Cli::tr("id"), -18)
               .arg(Cli::tr("format"), -6)
               .arg(Cli::tr("task"), -22)
               .arg(Cli::tr("MB"), 7)
               .arg(Cli::tr("params (M)"), 10)
               .arg(Cli::tr("default"), -9)
               .arg(Cli::tr("state"))
        << Qt::endl;
    for (const auto &e : catalog.models())
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                   .arg(q(e.id), -18)
                   .arg(q(e.format), -6)
                   .arg(q(e.task), -22)
                   .arg(megabytes(e.totalBytes()), 7)
                   .arg(QString::number(static_cast<double>(e.parameters) / 1e6, 'f', 2), 10)
                   .arg(e.inDefaultSet ? Cli::tr("yes") : Cli::tr("on demand"), -9)
                   .arg(state(cache, e))
            << Qt::endl;
    out << Cli::tr("Model cache: %1").arg(cache.cacheDir()) << Qt::endl;
    return 0;
}

int info(const zoo::ModelCache &cache, const zoo::ModelEntry &e, QTextStream &out)
{
    auto j = zoo::toJson(e);
    const auto v = cache.verify(e, false);
    j["cache"] = {{"directory", cache.modelDir(e).toStdString()},
                  {"files_present", v.filesPresent},
                  {"reference_ready", v.referenceReady},
                  {"problems", v.problems.join(QStringLiteral("; ")).toStdString()}};
    j["native_baseline"] =
        e.hasNativeBaseline() ? nlohmann::json("onnxruntime-node (CPU)") : nlohmann::json(e.nativeBaselineReason());
    out << QString::fromStdString(j.dump(2)) << Qt::endl;
    return 0;
}

int fetch(const zoo::ModelCache &cache, const zoo::Catalog &catalog, const QStringList &ids, bool all, QTextStream &out,
          QTextStream &err)
{
    std::vector<const zoo::ModelEntry *> wanted;
    if (!ids.isEmpty()) {
        for (const QString &id : ids) {
            const auto *e = catalog.find(id.toStdString());
            if (!e) {
                err << Cli::tr("Unknown model \"%1\" (see `inferscope models list`).").arg(id) << Qt::endl;
                return 1;
            }
            wanted.push_back(e);
        }
    } else {
        for (const auto &e : catalog.models())
            if (all || e.inDefaultSet)
                wanted.push_back(&e);
    }
    int failures = 0;
    QElapsedTimer total;
    total.start();
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const auto &e = *wanted[i];
        QElapsedTimer clock;
        clock.start();
        const QString prefix = QStringLiteral("[%1/%2] %3").arg(i + 1).arg(wanted.size()).arg(q(e.id));
        const QString error = cache.fetch(
            e, [&](const QString &message) { out << prefix << QStringLiteral(": ") << message << Qt::endl; });
        if (error.isEmpty()) {
            out << prefix << QStringLiteral(": ")
                << Cli::tr("ready (%1 MB, %2 s)")
                       .arg(megabytes(e.totalBytes()))
                       .arg(static_cast<double>(clock.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;
        } else {
            ++failures;
            err << prefix << QStringLiteral(": ") << Cli::tr("FAILED: %1").arg(error) << Qt::endl;
        }
    }
    out << Cli::tr("%1 of %2 models ready in %3 s; cache: %4")
               .arg(wanted.size() - static_cast<std::size_t>(failures))
               .arg(wanted.size())
               .arg(static_cast<double>(total.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(cache.cacheDir())
        << Qt::endl;
    return failures == 0 ? 0 : 1;
}

int verify(const zoo::ModelCache &cache, const zoo::Catalog &catalog, QTextStream &out, QTextStream &err)
{
    int damaged = 0, checked = 0;
    for (const auto &e : catalog.models()) {
        if (!QDir(cache.modelDir(e)).exists())
            continue;
        ++checked;
        const auto v = cache.verify(e, true);
        if (v.hashesMatch && v.referenceReady) {
            out << q(e.id) << QStringLiteral(": ") << Cli::tr("ok") << Qt::endl;
        } else {
            ++damaged;
            err << q(e.id) << QStringLiteral(": ") << v.problems.join(QStringLiteral("; ")) << Qt::endl;
        }
    }
    out << Cli::tr("%1 models checked, %2 with problems (`inferscope models fetch ID` repairs a zoo model)")
               .arg(checked)
               .arg(damaged)
        << Qt::endl;
    return damaged == 0 ? 0 : 3;
}

int import(const zoo::ModelCache &cache, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (parser.positionalArguments().size() != 2) {
        err << Cli::tr("models import needs one path: an .onnx file, a TF.js model.json or its folder.") << Qt::endl;
        return 1;
    }
    zoo::ImportRequest request;
    request.path = parser.positionalArguments().at(1);
    request.id = parser.value(QStringLiteral("id"));
    request.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("task")))
        request.task = parser.value(QStringLiteral("task"));
    for (const QString &s : parser.values(QStringLiteral("shape"))) {
        const QString name = s.section(QLatin1Char('='), 0, -2);
        const auto shape = zoo::parseShape(s.section(QLatin1Char('='), -1));
        if (name.isEmpty() || shape.empty()) {
            err << Cli::tr("--shape takes NAME=AxBxC with positive sizes, not \"%1\".").arg(s) << Qt::endl;
            return 1;
        }
        request.shapes[name] = shape;
    }
    for (const QString &s : parser.values(QStringLiteral("value"))) {
        const QString name = s.section(QLatin1Char('='), 0, -2);
        bool ok = false;
        const double value = s.section(QLatin1Char('='), -1).toDouble(&ok);
        if (name.isEmpty() || !ok || !std::isfinite(value)) {
            err << Cli::tr("--value takes NAME=V with a number V, not \"%1\".").arg(s) << Qt::endl;
            return 1;
        }
        request.values[name] = value;
    }
    for (const QString &s : parser.values(QStringLiteral("state"))) {
        const QString output = s.section(QLatin1Char('='), 0, 0), input = s.section(QLatin1Char('='), 1);
        if (output.isEmpty() || input.isEmpty() || s.count(QLatin1Char('=')) != 1) {
            err << Cli::tr("--state takes OUTPUT=INPUT (the output fed back as that input), not \"%1\".").arg(s)
                << Qt::endl;
            return 1;
        }
        request.states[input] = output;
    }
    request.orderDependent = parser.values(QStringLiteral("order-dependent"));
    auto result = zoo::importModel(cache, request);
    // Asked only when someone is at the terminal: scripts get the error and the option to pass.
    while (!result.ok() && !result.unresolvedInputs.isEmpty() && ::isatty(STDIN_FILENO)) {
        QTextStream in(stdin);
        for (const QString &input : result.unresolvedInputs) {
            const QString name = input.section(QLatin1String(" ["), 0, 0);
            out << Cli::tr("Input %1 has dynamic dimensions. Shape to use (e.g. 1x3x224x224): ").arg(input)
                << Qt::flush;
            const auto shape = zoo::parseShape(in.readLine());
            if (shape.empty()) {
                err << Cli::tr("Not a shape; nothing was imported.") << Qt::endl;
                return 1;
            }
            request.shapes[name] = shape;
        }
        result = zoo::importModel(cache, request);
    }
    if (!result.ok()) {
        err << Cli::tr("Import refused, nothing changed: %1").arg(result.error) << Qt::endl;
        return 2;
    }
    out << Cli::tr("Imported \"%1\" as %2 (%3, %4 MB); reference input and output are in %5")
               .arg(q(result.entry.name), q(result.entry.id), q(result.entry.format),
                    megabytes(result.entry.totalBytes()), cache.referenceDir(result.entry))
        << Qt::endl;
    return 0;
}
} // namespace

int runModels(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("The model zoo: list, inspect, build or fetch, import and verify models.\n"
                "  list [--json]     every model and whether it is in the cache\n"
                "  info ID           one model's catalog entry and cache state\n"
                "  fetch [ID...]     build or fetch models (default set without IDs; --all for every one)\n"
                "  import PATH       add an .onnx file or a TF.js model.json folder\n"
                "  verify            re-hash every file in the cache"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("list, info, fetch, import or verify"));
    parser.addOptions({
        {QStringLiteral("json"), Cli::tr("list: print JSON.")},
        {QStringLiteral("all"), Cli::tr("fetch: every model, the large ones too.")},
        {QStringLiteral("id"), Cli::tr("import: the id to give the model."), QStringLiteral("id")},
        {QStringLiteral("name"), Cli::tr("import: a display name."), QStringLiteral("name")},
        {QStringLiteral("task"), Cli::tr("import: the task (e.g. image-classification)."), QStringLiteral("task")},
        {QStringLiteral("shape"), Cli::tr("import: NAME=AxBxC for an input with dynamic dimensions (repeatable)."),
         QStringLiteral("spec")},
        {QStringLiteral("value"),
         Cli::tr("import: NAME=V feeds input NAME the value V in every element, in the reference and every run "
                 "(a configuration input such as a sample rate; repeatable)."),
         QStringLiteral("spec")},
        {QStringLiteral("order-dependent"),
         Cli::tr("import: OUTPUT's values depend on tie-breaking (boxes, scores or classes after "
                 "non-maximum suppression): fidelity compares it as a set and marks it (repeatable)."),
         QStringLiteral("output")},
        {QStringLiteral("state"),
         Cli::tr("import: OUTPUT=INPUT feeds output OUTPUT back as input INPUT after every inference "
                 "(recurrent state; INPUT starts each run at its --value, else zeros; repeatable)."),
         QStringLiteral("spec")},
    });
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.positionalArguments().isEmpty()) {
        out << parser.helpText();
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;
    }
    const zoo::ModelCache cache;
    zoo::Catalog catalog;
    if (!loadCatalog(cache, catalog, err))
        return 2;
    const QStringList args = parser.positionalArguments();
    const QString action = args.first();
    if (action == QLatin1String("list"))
        return list(cache, catalog, parser.isSet(QStringLiteral("json")), out);
    if (action == QLatin1String("info")) {
        const auto *e = args.size() == 2 ? catalog.find(args.at(1).toStdString()) : nullptr;
        if (!e) {
            err << Cli::tr("models info needs one known model id (see `inferscope models list`).") << Qt::endl;
            return 1;
        }
        return info(cache, *e, out);
    }
    if (action == QLatin1String("fetch"))
        return fetch(cache, catalog, args.mid(1), parser.isSet(QStringLiteral("all")), out, err);
    if (action == QLatin1String("verify"))
        return verify(cache, catalog, out, err);
    if (action == QLatin1String("import"))
        return import(cache, parser, out, err);
    err << Cli::tr("Unknown models action \"%1\".").arg(action) << Qt::endl;
    return 1;
}

int runNative(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Measure the native baseline of a zoo model: ONNX Runtime on the CPU "
                                             "(onnxruntime-node, the same version as ONNX Runtime Web)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("model"), Cli::tr("A model id from `inferscope models list`."));
    parser.addOptions({
        {QStringLiteral("threads"), Cli::tr("Thread counts, comma-separated (default 1)."), QStringLiteral("list"),
         QStringLiteral("1")},
        {QStringLiteral("samples"), Cli::tr("Steady-state samples per run (default 200)."), QStringLiteral("n"),
         QStringLiteral("200")},
        {QStringLiteral("warmup-ms"), Cli::tr("Warm-up time per run in ms (default 3000)."), QStringLiteral("ms"),
         QStringLiteral("3000")},
        {QStringLiteral("repetitions"), Cli::tr("Runs per thread count (default 1)."), QStringLiteral("n"),
         QStringLiteral("1")},
        {QStringLiteral("out"), Cli::tr("Result bundle to write (created, or resumed if it exists)."),
         QStringLiteral("dir")},
    });
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.positionalArguments().size() != 1) {
        (parser.isSet(QStringLiteral("help")) ? out : err) << parser.helpText();
        return parser.isSet(QStringLiteral("help")) ? 0 : 1;
    }
    const zoo::ModelCache cache;
    zoo::Catalog catalog;
    if (!loadCatalog(cache, catalog, err))
        return 2;
    const auto *entry = catalog.find(parser.positionalArguments().first().toStdString());
    if (!entry) {
        err << Cli::tr("Unknown model \"%1\" (see `inferscope models list`).").arg(parser.positionalArguments().first())
            << Qt::endl;
        return 1;
    }
    std::vector<int> threads;
    for (const QString &t : parser.value(QStringLiteral("threads")).split(QLatin1Char(','))) {
        bool ok = false;
        const int n = t.toInt(&ok);
        if (!ok || n < 1) {
            err << Cli::tr("--threads takes positive integers, e.g. 1,2") << Qt::endl;
            return 1;
        }
        threads.push_back(n);
    }
    const QString outDir =
        parser.isSet(QStringLiteral("out"))
            ? parser.value(QStringLiteral("out"))
            : QStringLiteral("out/native-%1-%2")
                  .arg(q(entry->id), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    std::optional<store::BundleWriter> writer;
    try {
        writer.emplace(
            store::BundleWriter::open(outDir.toStdString(), {{"kind", "native-baseline"}, {"model", entry->id}}));
    } catch (const store::StoreError &e) {
        err << Cli::tr("Cannot open the result bundle: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        return 2;
    }
    const int repetitions = std::max(1, parser.value(QStringLiteral("repetitions")).toInt());
    int failures = 0;
    for (int rep = 1; rep <= repetitions; ++rep)
        for (int t : threads) {
            const std::string runId = entry->id + "-native-t" + std::to_string(t) + "-r" + std::to_string(rep);
            if (writer->hasRun(runId)) {
                out << Cli::tr("%1: already in the bundle, skipped (resume)").arg(q(runId)) << Qt::endl;
                continue;
            }
            engine::NativeRunOptions options;
            options.threads = t;
            options.samples = parser.value(QStringLiteral("samples")).toInt();
            options.warmupMs = parser.value(QStringLiteral("warmup-ms")).toInt();
            options.progress = [&](const QString &m) { out << QStringLiteral("  ") << m << Qt::endl; };
            out << Cli::tr("%1: %2 thread(s)…").arg(q(runId)).arg(t) << Qt::endl;
            const auto record = engine::runNativeBaseline(cache, *entry, options, runId);
            try {
                writer->writeRun(record);
            } catch (const store::StoreError &e) {
                err << Cli::tr("Cannot store %1: %2").arg(q(runId), QString::fromUtf8(e.what())) << Qt::endl;
                return 2;
            }
            const auto summary = results::summarizeRun(record);
            if (summary.status != "ok") {
                ++failures;
                err << Cli::tr("%1: %2: %3").arg(q(runId), q(summary.status), q(summary.error)) << Qt::endl;
                continue;
            }
            const double peak = record.meta.value("peak_pss_bytes", 0.0),
                         base = record.meta.value("baseline_pss_bytes", 0.0);
            out << Cli::tr("%1: median %2 ms [%3, %4] over %5 samples; setup %6 ms, first inference %7 ms; PSS peak %8 "
                           "MB (+%9 MB, %10x the model file)")
                       .arg(q(runId))
                       .arg(summary.stats.median, 0, 'f', 2)
                       .arg(summary.medianCi.low, 0, 'f', 2)
                       .arg(summary.medianCi.high, 0, 'f', 2)
                       .arg(summary.stats.count)
                       .arg(record.meta.value("setup_ms", 0.0), 0, 'f', 1)
                       .arg(record.meta.value("first_ms", 0.0), 0, 'f', 1)
                       .arg(peak / 1e6, 0, 'f', 1)
                       .arg((peak - base) / 1e6, 0, 'f', 1)
                       .arg((peak - base) / static_cast<double>(entry->totalBytes()), 0, 'f', 2)
                << Qt::endl;
        }
    out << Cli::tr("Results: %1 (open it on the Results page, or `inferscope inspect %1`)").arg(outDir) << Qt::endl;
    return failures == 0 ? 0 : 3;
}

} // namespace inferscope::app
