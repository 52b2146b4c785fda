// ActiveRun with a stand-in browser (the DriverFactory seam): the page's events are posted to the run as the
// harness server would route them, so the run's lifecycle, its timeout, a browser that dies mid-run and the memory
// timeline of a real process tree are tested without starting a browser. The browsers themselves are exercised by
// the engine tests (label "engine").
#include "../support/zoo_models.h"
#include "core/engine/active_run.h"
#include "core/engine/preflight.h"
#include "core/modelcache/data_paths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace inferscope;

namespace {

/// A browser that loads nothing: it records the URL it was asked to open, may name a real process tree for the
/// memory sampler, and fails when the test says so.
class FakeDriver : public browser::BrowserDriver {
public:
    QString name() const override { return QStringLiteral("fake"); }
    QString version() const override { return QStringLiteral("Fake 1.0"); }
    void open(const QUrl &url) override { opened = url; }
    void close() override { ++closes; }
    qint64 rootPid() const override { return pid; }
    void die(const QString &why) { Q_EMIT failed(why); }

    QUrl opened;
    int closes = 0;
    qint64 pid = -1;
};

QJsonObject event(const char *type, QJsonObject fields = {})
{
    fields.insert(QStringLiteral("type"), QString::fromLatin1(type));
    return fields;
}

QJsonObject sample(double ms, double t, const char *phase = "steady")
{
    return event(
        "sample",
        {{QStringLiteral("phase"), QString::fromLatin1(phase)}, {QStringLiteral("ms"), ms}, {QStringLiteral("t"), t}});
}

/// Waits for `done` while the event loop runs, at most `deadlineMs` (generous: a busy machine is slow).
template <typename Pred> bool waitFor(Pred done, int deadlineMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < deadlineMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

class ActiveRunTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        qputenv("INFERSCOPE_ABLATE", "drift"); // no machine probe before the run: not what is tested here
        m_catalog = m_cache.loadCatalog();
        tests::fetchedModel(m_cache, m_catalog, "mobilenetv2");
        m_plan = engine::parsePlanTextFor(R"({"name": "fake", "models": ["mobilenetv2"], 
            "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1]}], "browsers": ["chromium"],
            "policy": {"min_warmup_ms": 0, "samples": 5, "timeout_ms": 120000}})",
                                          m_catalog);
        ASSERT_FALSE(m_plan.schedule().empty());
        const QString data = zoo::projectDataDir();
        m_server = std::make_unique<engine::HarnessServer>(engine::HarnessRoots{
            data + QStringLiteral("/resources/harness"), data + QStringLiteral("/node_modules"), m_cache.cacheDir()});
        ASSERT_TRUE(m_server->start(QHostAddress::LocalHost));
    }

    /// A run of the plan's first cell with a FakeDriver; `m_driver` points at it once the run asked for it.
    std::unique_ptr<engine::ActiveRun> makeRun()
    {
        browser::DriverFactory factory = [this](const std::string &) {
            auto driver = std::make_unique<FakeDriver>();
            driver->pid = m_pid;
            m_driver = driver.get();
            return driver;
        };
        m_factory = factory;
        return std::make_unique<engine::ActiveRun>(
            m_plan, m_plan.schedule().front(), m_cache, m_catalog, m_dir.path().toStdString(), *m_server, m_factory,
            [this](engine::ActiveRun *, store::RunRecord record) { m_record = std::move(record); });
    }

    void post(engine::ActiveRun &run, const QJsonArray &batch)
    {
        run.onEvents(
            {{QStringLiteral("run"), QString::fromStdString(run.run().id())}, {QStringLiteral("batch"), batch}});
    }

    /// The page of a run that loads, warms up, takes `steady` samples and says it is done.
    QJsonArray aWholeRun(int steady)
    {
        QJsonArray batch{event("env", {{QStringLiteral("env"), QJsonObject{{QStringLiteral("threads_used"), 1}}},
                                       {QStringLiteral("t"), 100.0}}),
                         event("phase", {{QStringLiteral("name"), QStringLiteral("setup")},
                                         {QStringLiteral("ms"), 120.0},
                                         {QStringLiteral("t"), 130.0}}),
                         sample(30.0, 200.0, "warmup"), sample(25.0, 230.0, "warmup")};
        for (int i = 0; i < steady; ++i)
            batch.append(sample(20.0 + i, 250.0 + 20.0 * i));
        return batch;
    }

    zoo::ModelCache m_cache;
    zoo::Catalog m_catalog;
    experiment::Plan m_plan;
    QTemporaryDir m_dir;
    std::unique_ptr<engine::HarnessServer> m_server;
    browser::DriverFactory m_factory;
    FakeDriver *m_driver = nullptr;
    qint64 m_pid = -1;
    std::optional<store::RunRecord> m_record;
};

} // namespace

TEST_F(ActiveRunTest, ARunOpensItsPageKeepsEverySampleAndEndsOkOnce)
{
    auto run = makeRun();
    run->start();
    ASSERT_TRUE(waitFor([&] { return m_driver && m_driver->opened.isValid(); })) << "the run never opened its page";
    // The page's URL carries the run's configuration and the plan's token.
    const QUrlQuery query(m_driver->opened);
    const auto config = nlohmann::json::parse(query.queryItemValue(QStringLiteral("config")).toStdString());
    EXPECT_EQ(run->run().id(), config["run"]);
    EXPECT_EQ(5, config["policy"]["samples"]);
    EXPECT_FALSE(m_record) << "nothing is handed over before the page is done";

    QJsonArray batch = aWholeRun(5);
    batch.insert(1, sample(-5.0, 140.0)); // forged: refused, counted, never stored
    batch.append(event("done"));
    run->onRejectedBatch(QStringLiteral("not JSON"));
    run->onRejectedBatch(QStringLiteral("too large"));
    post(*run, batch);
    ASSERT_TRUE(waitFor([&] { return m_record.has_value(); }));
    const auto &meta = m_record->meta;
    EXPECT_EQ("ok", meta["status"]) << meta.dump();
    EXPECT_EQ("Fake 1.0", meta["browser_version"]);
    EXPECT_EQ(5, meta["samples_asked"]);
    EXPECT_EQ(120.0, meta["setup_ms"].get<double>());
    EXPECT_EQ(1, meta["env"]["threads_used"]);
    EXPECT_GE(meta["wall_ms"].get<double>(), 0.0);
    EXPECT_LE(meta["wall_start_ms"].get<double>(), meta["wall_end_ms"].get<double>());
    EXPECT_EQ(1, meta["page_events_rejected"]["count"]) << meta.dump();
    EXPECT_EQ(2, meta["page_batches_rejected"]["count"]);
    EXPECT_EQ("not JSON", meta["page_batches_rejected"]["first_reason"]);
    EXPECT_TRUE(meta["page_clock_offset_ms"].is_number())
        << "the first event's page time puts the page on the run clock";
    EXPECT_FALSE(meta.contains("machine_probe")) << "the drift probe is switched off in this test";
    ASSERT_NE(nullptr, m_record->find("latency_ms"));
    EXPECT_EQ((std::vector<double>{20, 21, 22, 23, 24}), m_record->find("latency_ms")->values);
    EXPECT_EQ(2u, m_record->find("warmup_latency_ms")->values.size());

    // Events that arrive after the run ended are a straggler's, not this run's evidence: nothing changes.
    m_record.reset();
    post(*run, QJsonArray{sample(99.0, 999.0), event("done")});
    QCoreApplication::processEvents();
    EXPECT_FALSE(m_record) << "a run hands over its record exactly once";
}

TEST_F(ActiveRunTest, APageThatNeverAnswersIsAFailedRunThatSaysItHung)
{
    m_plan.policy.timeoutMs = 300;
    auto run = makeRun();
    run->start();
    ASSERT_TRUE(waitFor([&] { return m_record.has_value(); })) << "the timeout never fired";
    EXPECT_EQ("failed", m_record->meta["status"]);
    EXPECT_NE(std::string::npos, m_record->meta["error"].get<std::string>().find("the page hung"))
        << m_record->meta.dump();
}

TEST_F(ActiveRunTest, ABrowserThatDiesMidRunIsAFailedRunThatKeepsWhatItMeasured)
{
    auto run = makeRun();
    run->start();
    ASSERT_TRUE(waitFor([&] { return m_driver && m_driver->opened.isValid(); }));
    post(*run, aWholeRun(3)); // three of the five samples, then the renderer crashes
    m_driver->die(QStringLiteral("the renderer crashed (signal 11)"));
    ASSERT_TRUE(waitFor([&] { return m_record.has_value(); }));
    EXPECT_EQ("failed", m_record->meta["status"]);
    EXPECT_EQ("the renderer crashed (signal 11)", m_record->meta["error"]);
    ASSERT_NE(nullptr, m_record->find("latency_ms"));
    EXPECT_EQ(3u, m_record->find("latency_ms")->values.size()) << "what was measured before stays";
}

TEST_F(ActiveRunTest, ACancelledRunIsStoredAsCancelled)
{
    auto run = makeRun();
    run->start();
    ASSERT_TRUE(waitFor([&] { return m_driver && m_driver->opened.isValid(); }));
    run->cancel();
    ASSERT_TRUE(waitFor([&] { return m_record.has_value(); }));
    EXPECT_EQ("cancelled", m_record->meta["status"]);
}

TEST_F(ActiveRunTest, TheMemoryTimelineOfARealProcessTreeIsSummarisedWithTheRun)
{
    // A real process stands in for the browser's tree: the sampler reads its PSS from /proc at 10 Hz.
    QProcess stand;
    stand.start(QStringLiteral("sleep"), {QStringLiteral("120")});
    ASSERT_TRUE(stand.waitForStarted());
    m_pid = stand.processId();
    auto run = makeRun();
    int sweeps = 0;
    QObject::connect(run.get(), &engine::ActiveRun::memorySampled, [&sweeps](double, double pss) {
        if (pss > 0)
            ++sweeps;
    });
    run->start();
    ASSERT_TRUE(waitFor([&] { return m_driver && m_driver->opened.isValid(); }));
    post(*run, QJsonArray{event("env", {{QStringLiteral("env"), QJsonObject{{QStringLiteral("threads_used"), 1}}}})});
    // A few sweeps of the timeline (waiting for them, not for a fixed time), then the page finishes.
    ASSERT_TRUE(waitFor([&] { return sweeps >= 3; })) << "the sampler never read the process tree";
    QJsonArray rest = aWholeRun(5);
    rest.append(event("done"));
    post(*run, rest);
    ASSERT_TRUE(waitFor([&] { return m_record.has_value(); }));
    stand.kill();
    stand.waitForFinished();
    const auto *t = m_record->find("memory_t_ms");
    const auto *pss = m_record->find("memory_pss_bytes");
    ASSERT_NE(nullptr, t) << m_record->meta.dump();
    ASSERT_NE(nullptr, pss);
    EXPECT_GE(t->values.size(), 2u);
    EXPECT_EQ(t->values.size(), pss->values.size());
    for (double bytes : pss->values)
        EXPECT_GT(bytes, 0.0);
    const auto &memory = m_record->meta["memory"];
    EXPECT_GT(memory["peak_pss_bytes"].get<double>(), 0.0) << memory.dump();
    EXPECT_LE(memory["baseline_pss_bytes"].get<double>(), memory["peak_pss_bytes"].get<double>());
    EXPECT_EQ(static_cast<double>(m_catalog.find("mobilenetv2")->totalBytes()), memory["model_bytes"].get<double>());
    EXPECT_EQ("fake", memory["root_pid_includes"]);
}

TEST_F(ActiveRunTest, AModelMissingFromTheCacheIsAFailedRunThatSaysHowToFetchIt)
{
    m_plan = engine::parsePlanTextFor(R"({"name": "fake", "models": ["mobilenetv2"], 
        "configurations": [{"runtime": "ort-web", "backend": "wasm", "threads": [1]}], "browsers": ["chromium"]})",
                                      m_catalog);
    auto run = std::make_unique<engine::ActiveRun>(
        m_plan,
        experiment::Run{[&] {
                            auto cell = m_plan.schedule().front().cell;
                            cell.model = "no-such-model";
                            return cell;
                        }(),
                        1},
        m_cache, m_catalog, m_dir.path().toStdString(), *m_server, m_factory,
        [this](engine::ActiveRun *, store::RunRecord record) { m_record = std::move(record); });
    run->start();
    ASSERT_TRUE(waitFor([&] { return m_record.has_value(); }));
    EXPECT_EQ("failed", m_record->meta["status"]);
    EXPECT_NE(std::string::npos, m_record->meta["error"].get<std::string>().find("inferscope models fetch"));
    EXPECT_EQ(nullptr, m_driver) << "no browser is started for a model that is not there";
}
