// The real `inferscope` binary, run as a user would run it.
#include "../core/study_bundle.h"
#include "test_bundles.h"

#include <map>
#include <random>

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
struct Result {
    int code;
    QString out;
    QString err;
};

Result run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(INFERSCOPE_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST(Cli, VersionListsEveryComponent)
{
    const auto r = run({QStringLiteral("--version")});
    EXPECT_EQ(0, r.code);
    for (const char *name : {"InferScope: ", "Qt: 6.", "QtWebEngine Chromium: ", "QCustomPlot: 2.", "zstd: 1.",
                             "ONNX Runtime Web: ", "TensorFlow.js: "})
        EXPECT_TRUE(r.out.contains(QString::fromUtf8(name))) << name << "\n" << r.out.toStdString();
}

TEST(Cli, HelpNamesTheCommands)
{
    const auto r = run({QStringLiteral("--help")});
    EXPECT_EQ(0, r.code);
    EXPECT_TRUE(r.out.contains(QStringLiteral("inspect")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("--screenshot")));
}

TEST(Cli, UnknownCommandFailsWithTheList)
{
    const auto r = run({QStringLiteral("frobnicate")});
    EXPECT_EQ(1, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Unknown command \"frobnicate\"")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("inspect")));
}

TEST(Cli, InspectReportsRunsAndDamagedRecords)
{
    QTemporaryDir dir;
    inferscope::tests::writeLatencyBundle(dir.path(), {30.0, 31.0});
    auto r = run({QStringLiteral("inspect"), dir.path()});
    EXPECT_EQ(0, r.code) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("run-0")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("2 runs"))) << r.out.toStdString();

    QFile record(dir.path() + QStringLiteral("/runs/run-1.isr"));
    ASSERT_TRUE(record.resize(record.size() - 10));
    r = run({QStringLiteral("inspect"), QStringLiteral("--json"), dir.path()});
    EXPECT_EQ(3, r.code);
    const auto json = nlohmann::json::parse(r.out.toStdString());
    ASSERT_EQ(1u, json["runs"].size());
    ASSERT_EQ(1u, json["problems"].size());
    EXPECT_EQ("run-1.isr", json["problems"][0]["file"]);
    EXPECT_EQ("truncated", json["problems"][0]["code"]);
    EXPECT_TRUE(r.err.contains(QStringLiteral("run-1.isr")));
}

TEST(Cli, InspectRefusesWhatIsNotABundle)
{
    QTemporaryDir dir;
    const auto r = run({QStringLiteral("inspect"), dir.path()});
    EXPECT_EQ(2, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not an InferScope result bundle")));
}

namespace {
struct Word {
    QRectF box;
    QString text;
};
/// The words of a PDF with their boxes, as `pdftotext -bbox` (poppler-utils) reads them: what a reader sees.
std::vector<Word> pdfWords(const QString &pdf, QSizeF *page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(60000)) << "pdftotext (poppler-utils) did not finish";
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const auto size = QRegularExpression(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\"")).match(out);
    *page = size.hasMatch() ? QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble()) : QSizeF();
    std::vector<Word> words;
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\">([^<]*)</word>"));
    for (auto it = word.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        words.push_back({QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                         m.captured(5).normalized(QString::NormalizationForm_KC)}); // "ﬃ" as "ffi": the words as typed
    }
    return words;
}

/// A file a link will point at: whatever writes through the link would overwrite "keep me".
QString writePrecious(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("precious.txt"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    return path;
}

/// The files a figure was written to: FILE itself, or its pages FILE-1, FILE-2, ... (small multiples).
QStringList pagesOf(const QString &file)
{
    if (QFile::exists(file))
        return {file};
    const QFileInfo info(file);
    QStringList pages;
    for (int n = 1; QFile::exists(info.path() +
                                  QStringLiteral("/%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
         ++n)
        pages << info.path() + QStringLiteral("/%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    return pages;
}

/// Every word of every page of `file` on its page, none over another (0.3 pt of slack for antialiased glyph
/// boxes), the page `size` exactly; returns the words of all pages.
std::vector<Word> expectReadablePages(const QString &file, QSizeF size)
{
    std::vector<Word> all;
    const QStringList pages = pagesOf(file);
    EXPECT_FALSE(pages.isEmpty()) << file.toStdString() << " was not written";
    for (const QString &pdf : pages) {
        QSizeF page;
        const auto words = pdfWords(pdf, &page);
        const std::string what = pdf.toStdString();
        EXPECT_NEAR(size.width(), page.width(), 0.1) << what;
        EXPECT_NEAR(size.height(), page.height(), 0.1) << what;
        EXPECT_GE(words.size(), 8u) << what << ": axis labels, ticks and a legend are words";
        for (std::size_t i = 0; i < words.size(); ++i) {
            const QRectF &a = words[i].box;
            EXPECT_TRUE(a.left() >= -0.5 && a.top() >= -0.5 && a.right() <= page.width() + 0.5 &&
                        a.bottom() <= page.height() + 0.5)
                << what << ": \"" << words[i].text.toStdString() << "\" leaves the page";
            for (std::size_t j = i + 1; j < words.size(); ++j) {
                const QRectF overlap = a.intersected(words[j].box);
                EXPECT_FALSE(overlap.width() > 0.3 && overlap.height() > 0.3)
                    << what << ": \"" << words[i].text.toStdString() << "\" overlaps \"" << words[j].text.toStdString()
                    << "\"";
            }
        }
        all.insert(all.end(), words.begin(), words.end());
    }
    return all;
}
} // namespace

TEST(Cli, FiguresAtEveryPresetHaveNoOverlappingWordsAndNoWordOffThePage)
{
    // Every chart kind a paper takes, at the three presets, from a 3-repetition bundle with two browsers and
    // native: no two words overlap (0.3 pt of slack for antialiased glyph boxes), none leaves the page, and
    // the page is the preset's exact size.
    QTemporaryDir bundle, out;
    inferscope::tests::writeStudyBundle(bundle.path().toStdString());
    const QString run = QStringLiteral("mobilenetv2_ort-web_wasm_t1_chromium_main_r1"),
                  other = QStringLiteral("mobilenetv2_ort-web_wasm_t1_firefox_main_r1");
    const std::vector<QStringList> charts{
        {QStringLiteral("browsers")},
        {QStringLiteral("browsers"), QStringLiteral("--metric"), QStringLiteral("slowdown")},
        {QStringLiteral("latency"), QStringLiteral("--run"), run},
        {QStringLiteral("memory"), QStringLiteral("--run"), run},
        {QStringLiteral("responsiveness"), QStringLiteral("--run"),
         QStringLiteral("mobilenetv2_ort-web_wasm_t1_chromium_main_wgui_r1")},
        {QStringLiteral("compare"), QStringLiteral("--baseline"), QStringLiteral("native")},
        {QStringLiteral("ecdf"), QStringLiteral("--run"), run, QStringLiteral("--against"), other}};
    const std::map<QString, QSizeF> presets{{QStringLiteral("single"), {252, 173}},
                                            {QStringLiteral("double"), {516, 216}},
                                            {QStringLiteral("slide"), {720, 405}}};
    int figures = 0;
    for (const auto &chart : charts)
        for (const auto &[preset, size] : presets) {
            const QString file =
                out.filePath(QStringLiteral("%1-%2-%3.pdf").arg(chart.front()).arg(figures).arg(preset));
            const auto r =
                ::run(QStringList{QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart")} + chart +
                      QStringList{QStringLiteral("--preset"), preset, QStringLiteral("--out"), file});
            ASSERT_EQ(0, r.code) << chart.join(QLatin1Char(' ')).toStdString() << " " << preset.toStdString() << ": "
                                 << r.err.toStdString();
            expectReadablePages(file, size);
            ++figures;
        }
    EXPECT_EQ(21, figures);
}

TEST(Cli, BrowsersFiguresOfAnAnatomizeSizedBundleArePerModelPagesThatAReaderCanRead)
{
    // Issue 30: 80 cells over ten models, 1 ms to 16 s. Every model gets a panel on some page at every preset;
    // no page has a word over another or off the page.
    QTemporaryDir bundle, out;
    inferscope::tests::writeAnatomizeBundle(bundle.path().toStdString());
    const std::vector<QStringList> views{
        {},
        {QStringLiteral("--best")},
        {QStringLiteral("--metric"), QStringLiteral("slowdown")},
        {QStringLiteral("--only"), QStringLiteral("browser=chromium,native"), QStringLiteral("--sort")}};
    const std::map<QString, QSizeF> presets{{QStringLiteral("single"), {252, 173}},
                                            {QStringLiteral("double"), {516, 216}},
                                            {QStringLiteral("slide"), {720, 405}}};
    int n = 0;
    for (const auto &options : views)
        for (const auto &[preset, size] : presets) {
            const QString file = out.filePath(QStringLiteral("browsers-%1-%2.pdf").arg(n++).arg(preset));
            const auto r = ::run(QStringList{QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"),
                                             QStringLiteral("browsers"), QStringLiteral("--preset"), preset,
                                             QStringLiteral("--out"), file} +
                                 options);
            ASSERT_EQ(0, r.code) << options.join(QLatin1Char(' ')).toStdString() << " " << preset.toStdString() << ": "
                                 << r.err.toStdString();
            // The failed cells are Firefox's and the embedded browser's: --only chromium,native leaves them out before.
            EXPECT_EQ(!options.contains(QStringLiteral("--only")),
                      r.out.contains(QStringLiteral("2 failed or unsupported cell")))
                << r.out.toStdString();
            QStringList titles;
            for (const auto &word : expectReadablePages(file, size))
                titles << word.text;
            for (const char *model : {"bert-base", "densenet121", "distilbert", "efficientnet-lite4", "mobilenetv2",
                                      "resnet50", "squeezenet1.1", "vgg16", "whisper-tiny-encoder", "yolov5n"})
                EXPECT_TRUE(titles.contains(QString::fromLatin1(model)))
                    << file.toStdString() << ": no panel for " << model;
        }
    auto r = ::run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("browsers"),
                    QStringLiteral("--panels"), QStringLiteral("colour"), QStringLiteral("--out"),
                    out.filePath(QStringLiteral("x.pdf"))});
    EXPECT_EQ(1, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Unknown --panels \"colour\""))) << r.err.toStdString();
    r = ::run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("browsers"),
               QStringLiteral("--only"), QStringLiteral("browser"), QStringLiteral("--out"),
               out.filePath(QStringLiteral("x.pdf"))});
    EXPECT_EQ(1, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("DIMENSION=VALUE"))) << r.err.toStdString();
    r = ::run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("browsers"),
               QStringLiteral("--only"), QStringLiteral("model=nothing"), QStringLiteral("--out"),
               out.filePath(QStringLiteral("x.pdf"))});
    EXPECT_EQ(1, r.code) << "nothing left to draw is an error, not an empty figure";
}

TEST(Cli, TheReportSaysOnlyWhatIsTrueOfTheBundle)
{
    // Chromium and native only, every run ok, one thread: no Firefox, no QtWebEngine, no software GPU, no
    // failures section, and the headline says its slowdown is at 1 thread, not the study's 4.
    QTemporaryDir bundle, out;
    {
        inferscope::tests::StudyBundleCounts counts;
        std::mt19937_64 engine(3);
        auto writer = inferscope::store::BundleWriter::open(bundle.path().toStdString(),
                                                            {{"plan", {{"name", "true"}, {"repetitions", 3}}}});
        for (int repetition = 1; repetition <= 3; ++repetition)
            for (const auto &[model, native] : {std::pair{"mobilenetv2", 5.0}, std::pair{"resnet50", 50.0}}) {
                writer.writeRun(
                    inferscope::tests::studyRun(model, "native", 1, true, native, engine, counts, "none", repetition));
                writer.writeRun(inferscope::tests::studyRun(model, "chromium", 1, true, native * 6, engine, counts,
                                                            "none", repetition));
            }
    }
    const auto report = run({QStringLiteral("report"), bundle.path(), QStringLiteral("--out"), out.path()});
    ASSERT_EQ(0, report.code) << report.err.toStdString();
    QFile md(out.filePath(QStringLiteral("report.md")));
    ASSERT_TRUE(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Debian's Chromium"))) << text.toStdString();
    for (const char *absent :
         {"Firefox", "QtWebEngine", "software rasteriser", "did not produce a measurement", "0.00x"})
        EXPECT_FALSE(text.contains(QString::fromLatin1(absent))) << absent;
    EXPECT_TRUE(text.contains(QStringLiteral("ours is at 1 thread")))
        << "the headline sets a 1-thread mean beside the study's 4-thread one";
    EXPECT_TRUE(text.contains(QStringLiteral("| 3 |"))) << "each row says how many runs its interval rests on";
}

TEST(Cli, EveryTextABundleCarriesIsDataInTheReportAndTheExportsNeverMarkupOrAFormula)
{
    // Issue 23: a plan name with a heading, a table and a script in it; a model named like a formula and like an
    // HTML tag; an error message that opens an HTML comment. Each comes out as text in report.md, report.html's
    // inline data, the report's CSV tables and `export --format csv`.
    QTemporaryDir bundle, out, csv;
    const std::string planName = "x\n# Injected heading\n| a | b |\n<script>alert(1)</script>";
    const std::string formula = "=HYPERLINK(\"http://evil\",\"x\")", tag = "<img src=x onerror=alert(1)>";
    {
        inferscope::tests::StudyBundleCounts counts;
        std::mt19937_64 engine(3);
        auto writer = inferscope::store::BundleWriter::open(bundle.path().toStdString(),
                                                            {{"plan", {{"name", planName}, {"repetitions", 2}}}});
        for (int repetition = 1; repetition <= 2; ++repetition)
            for (const auto &[safe, model] : {std::pair{std::string("m1"), formula}, std::pair{std::string("m2"), tag}})
                for (const char *browser : {"native", "chromium"}) {
                    // Run ids are checked names; the model a record names is any text.
                    auto r =
                        inferscope::tests::studyRun(safe, browser, 1, true, std::string(browser) == "native" ? 5 : 30,
                                                    engine, counts, "none", repetition);
                    r.meta["model"] = model;
                    r.meta.erase(
                        "cell"); // a cell named after another model would be a damaged record (checkRunIdentity)
                    writer.writeRun(r);
                }
        inferscope::store::RunRecord failed;
        failed.runId = "failed_r1";
        failed.meta = {{"status", "failed"}, {"error", "<!--<script>alert(2)</script>"},
                       {"model", "-2+3"},    {"runtime", "ort-web"},
                       {"backend", "wasm"},  {"threads", 1},
                       {"simd", true},       {"browser", "chromium"},
                       {"placement", "main"}};
        writer.writeRun(failed);
    }
    const auto report = run({QStringLiteral("report"), bundle.path(), QStringLiteral("--out"), out.path()});
    ASSERT_EQ(0, report.code) << report.err.toStdString();
    auto read = [](const QString &path) {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        return QString::fromUtf8(f.readAll());
    };
    const QString md = read(out.filePath(QStringLiteral("report.md")));
    for (const QString &line : md.split(QLatin1Char('\n')))
        EXPECT_FALSE(line.startsWith(QStringLiteral("# Injected")) || line.startsWith(QStringLiteral("| a | b |")))
            << "a plan name injected a line: " << line.toStdString();
    for (const char *payload : {"<script", "<img", "<!--"})
        EXPECT_FALSE(md.contains(QString::fromLatin1(payload))) << payload << " is markup in report.md";
    const QString html = read(out.filePath(QStringLiteral("report.html")));
    const qsizetype data = html.indexOf(QStringLiteral("id=\"inferscope-report-data\">"));
    ASSERT_GT(data, 0);
    const QString inlineJson = html.mid(data, html.indexOf(QStringLiteral("</script>"), data) - data);
    for (const char *payload : {"<script", "<img", "<!--", "</"})
        EXPECT_FALSE(inlineJson.mid(1).contains(QString::fromLatin1(payload))) << payload << " inside the inline JSON";
    EXPECT_EQ(1, html.count(QStringLiteral("<script"))) << "one script element: the inert JSON block";
    EXPECT_TRUE(inlineJson.contains(QStringLiteral("\\u003cimg"))) << "the model's name is still there, as data";
    // CSV: a cell never starts a formula (OWASP), wherever the text sits.
    ASSERT_EQ(0, run({QStringLiteral("export"), bundle.path(), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--out"), csv.path()})
                     .code);
    QStringList tables{out.filePath(QStringLiteral("tables/cells.csv")),
                       out.filePath(QStringLiteral("tables/failures.csv")),
                       out.filePath(QStringLiteral("tables/runs.csv"))};
    for (const QString &name : QDir(csv.path()).entryList({QStringLiteral("*.csv")}))
        tables << csv.filePath(name);
    int formulaCells = 0;
    for (const QString &table : tables)
        for (const QString &line : read(table).split(QStringLiteral("\r\n")))
            for (QString cell : line.split(QLatin1Char(','))) {
                if (cell.startsWith(QLatin1Char('"')))
                    cell.remove(0, 1);
                const bool formulaStart = !cell.isEmpty() && QStringLiteral("=+@").contains(cell.front());
                EXPECT_FALSE(formulaStart) << table.toStdString() << ": " << cell.toStdString();
                formulaCells += cell.startsWith(QStringLiteral("'=HYPERLINK")) ? 1 : 0;
            }
    EXPECT_GT(formulaCells, 0) << "the formula-like model name is kept, as text";
}

TEST(Cli, ReportNumbersAreTheNumbersInspectGives)
{
    QTemporaryDir bundle, out;
    inferscope::tests::writeStudyBundle(bundle.path().toStdString());
    const auto inspect = run({QStringLiteral("inspect"), QStringLiteral("--json"), bundle.path()});
    ASSERT_EQ(0, inspect.code) << inspect.err.toStdString();
    const auto report = run({QStringLiteral("report"), bundle.path(), QStringLiteral("--out"), out.path()});
    ASSERT_EQ(0, report.code) << report.err.toStdString();
    for (const char *file :
         {"report.html", "report.md", "report.json", "tables/headline.csv", "tables/runs.csv", "figures/latency.svg",
          "figures/latency.pdf", "figures/slowdown.pdf", "figures/memory.svg"})
        EXPECT_TRUE(QFile::exists(out.filePath(QString::fromLatin1(file)))) << file;
    QFile data(out.filePath(QStringLiteral("report.json")));
    ASSERT_TRUE(data.open(QIODevice::ReadOnly));
    const auto reported = nlohmann::json::parse(data.readAll().toStdString());
    const auto inspected = nlohmann::json::parse(inspect.out.toStdString());
    std::map<std::string, nlohmann::json> byId;
    for (const auto &r : inspected["runs"])
        byId[r["run_id"]] = r;
    ASSERT_EQ(byId.size(), reported["runs"].size());
    std::size_t compared = 0;
    for (const auto &r : reported["runs"]) {
        const auto &i = byId.at(r["run_id"]);
        EXPECT_EQ(i["status"], r["status"]);
        if (r["median_ms"].is_null())
            continue;
        EXPECT_EQ(i["median_ms"].get<double>(), r["median_ms"].get<double>()) << r["run_id"];
        EXPECT_EQ(i["ci_low_ms"].get<double>(), r["ci_low_ms"].get<double>());
        EXPECT_EQ(i["ci_high_ms"].get<double>(), r["ci_high_ms"].get<double>());
        ++compared;
    }
    EXPECT_GE(compared, 10u);
    // The HTML is one file: its figures inline, its data inline, nothing fetched.
    QFile html(out.filePath(QStringLiteral("report.html")));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(text.contains(QStringLiteral("id=\"inferscope-report-data\"")));
    EXPECT_FALSE(text.contains(QStringLiteral("src=\"http"))) << "the report fetches something";
    EXPECT_FALSE(text.contains(QStringLiteral("href=\"http")));
    EXPECT_TRUE(text.contains(QStringLiteral("16.9")));
}

TEST(Cli, ExportedCsvLoadsInPandasWithTheBundlesCounts)
{
    QTemporaryDir bundle, out;
    const auto counts = inferscope::tests::writeStudyBundle(bundle.path().toStdString());
    const auto r = run({QStringLiteral("export"), bundle.path(), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--out"), out.path()});
    ASSERT_EQ(0, r.code) << r.err.toStdString();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(INFERSCOPE_SOURCE_DIR "/tests/app/check_csv_with_pandas.py"), out.path(),
                  QString::number(counts.samples), QString::number(counts.runs), QString::number(counts.cells),
                  QString::number(counts.memoryRows + counts.heapRows),
                  QString::number(counts.inputs + counts.frames + counts.workloadSteps)});
    ASSERT_TRUE(python.waitForFinished(120000));
    EXPECT_EQ(0, python.exitCode()) << python.readAllStandardOutput().toStdString()
                                    << python.readAllStandardError().toStdString();
}

TEST(Cli, ExportSkipsADamagedRecordNamesItAndExitsThree)
{
    QTemporaryDir bundle, out;
    const auto counts = inferscope::tests::writeStudyBundle(bundle.path().toStdString());
    QFile record(bundle.filePath(QStringLiteral("runs/mobilenetv2_ort-web_wasm_t4_firefox_main_r1.isr")));
    ASSERT_TRUE(record.resize(record.size() - 3));
    const auto r = run({QStringLiteral("export"), bundle.path(), QStringLiteral("--format"), QStringLiteral("trace"),
                        QStringLiteral("--out"), out.filePath(QStringLiteral("trace.json"))});
    EXPECT_EQ(3, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("mobilenetv2_ort-web_wasm_t4_firefox_main_r1.isr")))
        << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Exported %1 runs").arg(counts.runs - 1))) << r.out.toStdString();
    QFile trace(out.filePath(QStringLiteral("trace.json")));
    ASSERT_TRUE(trace.open(QIODevice::ReadOnly));
    EXPECT_TRUE(nlohmann::json::parse(trace.readAll().toStdString())["traceEvents"].is_array());
    // Issue 23: figure and report do the same (they exited 0 and left the run out silently).
    for (const QStringList &command :
         {QStringList{QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("browsers"),
                      QStringLiteral("--out"), out.filePath(QStringLiteral("browsers.pdf"))},
          QStringList{QStringLiteral("report"), bundle.path(), QStringLiteral("--out"),
                      out.filePath(QStringLiteral("report"))}}) {
        const auto drawn = run(command);
        EXPECT_EQ(3, drawn.code) << command.front().toStdString() << ": " << drawn.err.toStdString();
        EXPECT_TRUE(drawn.err.contains(QStringLiteral("mobilenetv2_ort-web_wasm_t4_firefox_main_r1.isr")))
            << drawn.err.toStdString();
    }
    EXPECT_TRUE(QFile::exists(out.filePath(QStringLiteral("browsers.pdf"))) ||
                QFile::exists(out.filePath(QStringLiteral("browsers-1.pdf"))))
        << "what could be drawn is drawn";
}

TEST(Cli, ExportRefusesAnUnknownFormat)
{
    QTemporaryDir bundle;
    inferscope::tests::writeLatencyBundle(bundle.path(), {10.0});
    const auto r = run({QStringLiteral("export"), bundle.path(), QStringLiteral("--format"), QStringLiteral("xlsx"),
                        QStringLiteral("--out"), bundle.path()});
    EXPECT_EQ(1, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("csv|json|trace")));
}

TEST(Cli, FigureWritesAPaperSizedChartAndItsDataAndRefusesWhatItCannotDraw)
{
    QTemporaryDir bundle, out;
    inferscope::tests::writeStudyBundle(bundle.path().toStdString());
    auto r = run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("browsers"),
                  QStringLiteral("--metric"), QStringLiteral("slowdown"), QStringLiteral("--preset"),
                  QStringLiteral("double"), QStringLiteral("--out"), out.filePath(QStringLiteral("slowdown.pdf"))});
    ASSERT_EQ(0, r.code) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(out.filePath(QStringLiteral("slowdown.pdf"))));
    EXPECT_TRUE(QFile::exists(out.filePath(QStringLiteral("slowdown.csv"))));
    r = run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("memory"),
             QStringLiteral("--run"), QStringLiteral("mobilenetv2_ort-web_wasm_t1_chromium_main_r1"),
             QStringLiteral("--out"), out.filePath(QStringLiteral("memory.png"))});
    ASSERT_EQ(0, r.code) << r.err.toStdString();
    EXPECT_EQ(1050, QImage(out.filePath(QStringLiteral("memory.png"))).width()); // 3.5 in at 300 DPI
    r = run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("pie"),
             QStringLiteral("--out"), out.filePath(QStringLiteral("x.pdf"))});
    EXPECT_EQ(1, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Unknown chart \"pie\""))) << r.err.toStdString();
    r = run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("latency"),
             QStringLiteral("--run"), QStringLiteral("nope"), QStringLiteral("--out"),
             out.filePath(QStringLiteral("x.pdf"))});
    EXPECT_EQ(1, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("No run \"nope\""))) << r.err.toStdString();
    r = run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("browsers"),
             QStringLiteral("--metric"), QStringLiteral("joy"), QStringLiteral("--out"),
             out.filePath(QStringLiteral("x.pdf"))});
    EXPECT_EQ(1, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Unknown metric \"joy\""))) << r.err.toStdString();
}

TEST(Cli, FigureRefusesToWriteThroughASymbolicLinkAndLeavesItsTargetAlone)
{
    // Issue 23: `figure` followed links and overwrote their targets (the figure's and the CSV's beside it).
    QTemporaryDir bundle, out;
    inferscope::tests::writeStudyBundle(bundle.path().toStdString());
    const QString precious = writePrecious(out);
    QFile f(precious);
    for (const char *link : {"fig.pdf", "fig2.csv"}) {
        ASSERT_TRUE(QFile::link(precious, out.filePath(QString::fromLatin1(link))));
        const QString figure =
            out.filePath(QString::fromLatin1(link).replace(QStringLiteral(".csv"), QStringLiteral(".pdf")));
        const auto r = run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"),
                            QStringLiteral("compare"), QStringLiteral("--out"), figure});
        EXPECT_NE(0, r.code) << link;
        EXPECT_TRUE(r.err.contains(QStringLiteral("symbolic link"))) << r.err.toStdString();
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(QByteArray("keep me"), f.readAll()) << link;
        f.close();
    }
}

TEST(Cli, EveryWriterRefusesALinkAFolderAndADevice)
{
    // Issue 23: one output-file policy. A link (never written through), a folder and /dev/full given to every
    // command that writes: each refused with the reason named, exit 2, the link's target unchanged.
    QTemporaryDir bundle, out;
    inferscope::tests::writeStudyBundle(bundle.path().toStdString());
    const QString precious = writePrecious(out);
    QFile f(precious);
    int refusals = 0;
    for (const auto &[kind, reason] :
         {std::pair{"link", "symbolic link"}, std::pair{"folder", "is a folder"}, std::pair{"device", "device"}}) {
        const auto target = [&, kind = QString::fromLatin1(kind)](const QString &name) {
            const QString path = out.filePath(kind + QLatin1Char('-') + name);
            if (kind == QLatin1String("link")) {
                EXPECT_TRUE(QFile::link(precious, path));
            } else if (kind == QLatin1String("folder")) {
                EXPECT_TRUE(QDir().mkpath(path));
            }
            return kind == QLatin1String("device") ? QStringLiteral("/dev/full") : path;
        };
        const std::vector<QStringList> commands{
            {QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("compare"),
             QStringLiteral("--out"), target(QStringLiteral("fig.pdf"))},
            {QStringLiteral("export"), bundle.path(), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--out"), target(QStringLiteral("all.json"))},
            {QStringLiteral("export"), bundle.path(), QStringLiteral("--format"), QStringLiteral("trace"),
             QStringLiteral("--out"), target(QStringLiteral("trace.json"))}};
        for (const auto &command : commands) {
            const auto r = run(command);
            EXPECT_EQ(2, r.code) << command.join(QLatin1Char(' ')).toStdString();
            EXPECT_TRUE(r.err.contains(QString::fromLatin1(reason)))
                << command.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
            refusals += r.code == 2 ? 1 : 0;
        }
    }
    // The report's and the CSV export's own files: a link planted where one of them goes.
    const QString reportDir = out.filePath(QStringLiteral("report")), csvDir = out.filePath(QStringLiteral("csv"));
    ASSERT_TRUE(QDir().mkpath(reportDir) && QDir().mkpath(csvDir));
    ASSERT_TRUE(QFile::link(precious, reportDir + QStringLiteral("/report.html")));
    ASSERT_TRUE(QFile::link(precious, csvDir + QStringLiteral("/runs.csv")));
    for (const QStringList &command :
         {QStringList{QStringLiteral("report"), bundle.path(), QStringLiteral("--out"), reportDir},
          QStringList{QStringLiteral("export"), bundle.path(), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--out"), csvDir}}) {
        const auto r = run(command);
        EXPECT_EQ(2, r.code) << command.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("symbolic link"))) << r.err.toStdString();
        refusals += r.code == 2 ? 1 : 0;
    }
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QByteArray("keep me"), f.readAll());
    EXPECT_EQ(11, refusals);
}

TEST(Cli, FigureDrawsTheForestPlotAgainstABaselineAndTheEcdfOfTwoRuns)
{
    QTemporaryDir bundle, out;
    inferscope::tests::writeStudyBundle(bundle.path().toStdString());
    auto r = run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("compare"),
                  QStringLiteral("--baseline"), QStringLiteral("native"), QStringLiteral("--out"),
                  out.filePath(QStringLiteral("forest.svg"))});
    ASSERT_EQ(0, r.code) << r.err.toStdString();
    QFile csv(out.filePath(QStringLiteral("forest.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_GE(csv.readAll().count('\n'), 3); // a header and a row per drawn cell
    r = run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("ecdf"),
             QStringLiteral("--out"), out.filePath(QStringLiteral("ecdf.png"))});
    ASSERT_EQ(0, r.code) << r.err.toStdString();
    EXPECT_EQ(1050, QImage(out.filePath(QStringLiteral("ecdf.png"))).width());
    r = run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("compare"),
             QStringLiteral("--baseline"), QStringLiteral("safari"), QStringLiteral("--out"),
             out.filePath(QStringLiteral("x.svg"))});
    EXPECT_EQ(1, r.code);
    EXPECT_FALSE(r.err.isEmpty());
    r = run({QStringLiteral("figure"), bundle.path(), QStringLiteral("--chart"), QStringLiteral("ecdf"),
             QStringLiteral("--run"), QStringLiteral("nope"), QStringLiteral("--out"),
             out.filePath(QStringLiteral("x.svg"))});
    EXPECT_EQ(1, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("two runs with samples"))) << r.err.toStdString();
}

TEST(Cli, CompareAgainstNativePrintsMarkdownAndRefusesAnUnknownBaseline)
{
    QTemporaryDir bundle;
    inferscope::tests::writeStudyBundle(bundle.path().toStdString());
    auto r = run({QStringLiteral("compare"), bundle.path(), QStringLiteral("--baseline"), QStringLiteral("native"),
                  QStringLiteral("--format"), QStringLiteral("md")});
    ASSERT_EQ(0, r.code) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("| cell | baseline | ratio |"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("| slower |")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("geometric mean ratio, chromium ort-web wasm")));
    r = run({QStringLiteral("compare"), bundle.path(), QStringLiteral("--baseline"), QStringLiteral("chromium"),
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(0, r.code) << r.err.toStdString();
    EXPECT_EQ("browser", nlohmann::json::parse(r.out.toStdString())["mode"]);
    r = run({QStringLiteral("compare"), bundle.path(), QStringLiteral("--baseline"), QStringLiteral("safari")});
    EXPECT_EQ(2, r.code);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no cell \"safari\""))) << r.err.toStdString();
}
