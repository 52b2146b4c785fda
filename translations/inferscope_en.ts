<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BrowserComparison</name>
    <message>
        <source>Median latency (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slowdown vs native (x)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peak PSS (MB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory growth / model size (x)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input delay p95 while busy (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frames per second while busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GUI workload time increase while busy (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU time per inference (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Real-time accuracy at 30 fps (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video frames presented per second while busy (clip: 30 fps)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generation: decode tokens per second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generation: time to first token (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speed-up over plain wasm (x)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speed-up over float model (x)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration (all: %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Verify a result bundle and print each run's statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a command, InferScope opens its workbench window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>InferScope measures what deep-learning inference in a web browser really costs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GUI language: en or zh_CN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GUI: save a screenshot of the main window to FILE and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GUI: page to show first (setup, runs, results, compare).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify a result bundle and print the statistics of each run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inspect needs exactly one bundle directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the bundle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>median ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>95% CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p95 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outliers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged record: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Bundle %1: %n run(s)</source>
        <translation>
            <numerusform>Bundle %1: %n run</numerusform>
            <numerusform>Bundle %1: %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were being written when the writer stopped; they are not in the bundle and rerun on resume.</source>
        <translation>
            <numerusform>%n run was being written when the writer stopped; it is not in the bundle and reruns on resume.</numerusform>
            <numerusform>%n runs were being written when the writer stopped; they are not in the bundle and rerun on resume.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model zoo: list, info, fetch, import, verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure a model's native baseline (ONNX Runtime, CPU)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not fetched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>params (M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on demand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model cache: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown model "%1" (see `inferscope models list`).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready (%1 MB, %2 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 models ready in %3 s; cache: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 models checked, %2 with problems (`inferscope models fetch ID` repairs a zoo model)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>models import needs one path: an .onnx file, a TF.js model.json or its folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--shape takes NAME=AxBxC with positive sizes, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input %1 has dynamic dimensions. Shape to use (e.g. 1x3x224x224): </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a shape; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import refused, nothing changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported "%1" as %2 (%3, %4 MB); reference input and output are in %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model zoo: list, inspect, build or fetch, import and verify models.
  list [--json]     every model and whether it is in the cache
  info ID           one model's catalog entry and cache state
  fetch [ID...]     build or fetch models (default set without IDs; --all for every one)
  import PATH       add an .onnx file or a TF.js model.json folder
  verify            re-hash every file in the cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, info, fetch, import or verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fetch: every model, the large ones too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: the id to give the model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: a display name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: the task (e.g. image-classification).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: NAME=AxBxC for an input with dynamic dimensions (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model catalog is invalid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>models info needs one known model id (see `inferscope models list`).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown models action "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure the native baseline of a zoo model: ONNX Runtime on the CPU (onnxruntime-node, the same version as ONNX Runtime Web).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A model id from `inferscope models list`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thread counts, comma-separated (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steady-state samples per run (default 200).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm-up time per run in ms (default 3000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs per thread count (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result bundle to write (created, or resumed if it exists).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--threads takes positive integers, e.g. 1,2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the result bundle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: already in the bundle, skipped (resume)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 thread(s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: median %2 ms [%3, %4] over %5 samples; setup %6 ms, first inference %7 ms; PSS peak %8 MB (+%9 MB, %10x the model file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results: %1 (open it on the Results page, or `inferscope inspect %1`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run an experiment plan headless (see plans/quick.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>runtime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setup ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vs native</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run an experiment plan headless and store every run in a result bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan (JSON), e.g. plans/quick.json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result bundle directory; an existing one is resumed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write one summary record per cell to FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run needs one plan file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about %1 s left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 runs were already in the bundle and were not redone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: run the same command again to resume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GUI: open a result bundle on the Results page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GUI: start a plan on the Runs page (--show-page shows the harness page).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not installed (Debian package chromium)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>driven over the DevTools Protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not installed (Debian package firefox-esr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not installed (Debian package chromium-driver)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for WebDriver and Selenium Grid nodes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for a local Selenium Grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the browsers and tools InferScope can drive on this machine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the browsers and tools found on this machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>driven over WebDriver BiDi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan %1: %2 runs into %3 (harness on %4:%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>peak MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ampl.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>input p95 idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>input p95 busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fps idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fps busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>long tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocking ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GUI +%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export a bundle as tidy CSV, one JSON document or a Chrome trace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the study report of a bundle (HTML, Markdown, figures, tables)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export a result bundle for other tools: tidy CSV files (pandas, R, spreadsheets), one JSON document, or a Chrome trace (Perfetto).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv (a folder of CSV files), json or trace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to write: a folder for csv, a file for json and trace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs one bundle, --format csv|json|trace and --out PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n run(s).</source>
        <translation>
            <numerusform>Exported %n run.</numerusform>
            <numerusform>Exported %n runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>damaged record skipped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the study report of a result bundle: report.html (self-contained), report.md, figures (SVG, PDF) and tables (CSV), beside the numbers the study published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report directory (created if needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report needs one bundle and --out DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GUI: with --open, show the bundle's report once it has loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare every cell with a baseline (native, a browser, a cell, or a second bundle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a chart of a bundle at a paper or slide size (PDF, SVG, PNG + CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle (the baseline's, with a second bundle).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: a second bundle whose cells are compared with the same cells of the first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>native, a browser (qtwebengine, chromium, firefox, grid) or a cell key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table, csv, md or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compare needs one or two bundles and --format table|csv|md|json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p (Holm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>faster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not significant</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>geometric mean ratio, %1: %2x over %n cell(s)</source>
        <translation>
            <numerusform>geometric mean ratio, %1: %2x over %n cell</numerusform>
            <numerusform>geometric mean ratio, %1: %2x over %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a chart of a result bundle at a publication size (PDF, SVG or PNG), with the data drawn as CSV beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run to draw (latency, memory, responsiveness); default: the first run that has the data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For browsers: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>single (3.5 in), double (7.16 in), slide (10 in, 16:9), or WxHin / WxHmm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG resolution (default 300).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>figure needs one bundle, --chart and --out FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown chart "%1": use %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--dpi needs a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown metric "%1": use %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No run in this bundle has data for the %1 chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No run "%1" in this bundle (`inferscope inspect` lists them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run %1 recorded nothing for the %2 chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume a bundle with a changed plan: add this plan's runs to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the plan %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A damaged record was set aside in runs/damaged/ and its run is measured again: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan stopped: a run could not be stored (%1). Free space or fix the folder's permissions, then run the same command again to resume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the summary: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machine drift: the probe timed before each repetition of %1 moved by %2%; compare its repetitions with care.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>latency, memory or responsiveness (one run), browsers (every cell), compare (every cell against --baseline: a forest plot) or ecdf (the latency distributions of --run and --against).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For compare: native, a browser or a cell (default native).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For ecdf: the second run (default: the next run with samples).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cell has samples on both sides of the comparison against %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n cell(s): the figure is %1 pt tall to keep one readable row per cell.</source>
        <translation>
            <numerusform>%n cell: the figure is %1 pt tall to keep one readable row per cell.</numerusform>
            <numerusform>%n cells: the figure is %1 pt tall to keep one readable row per cell.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ecdf chart needs two runs with samples (--run and --against; `inferscope inspect` lists them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIMD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no SIMD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>threads (not isolated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adapter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (fallback)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also ask each browser what it offers: wasm SIMD and threads, the WebGL renderer, the WebGPU adapter, WebNN (opens each browser once).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wasm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebGL 2 renderer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebGPU adapter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebNN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TTFT ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PSS KB/token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tokens vs native</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>identical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>differ from position %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>video fps idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>video fps busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>callbacks/s busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one repetition: no verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>* one repetition on a side: the interval is within that run only and says nothing of run-to-run variation; no verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warm-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>* one run: the interval is within that run only; run-to-run variation needs repetitions (plan "repetitions")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adaptive repetitions: %1 to %2 per cell, until each cell's 95% interval is within ±%3% of its median</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Adaptive repetitions, round %1: %n cell(s) still wider than ±%2%, %3 more run(s)</source>
        <translation>
            <numerusform>Adaptive repetitions, round %1: %n cell still wider than ±%2%, %3 more run(s)</numerusform>
            <numerusform>Adaptive repetitions, round %1: %n cells still wider than ±%2%, %3 more run(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about %1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the plan and say what it would run and how long it would take; measure nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse to start when a model the plan needs is not in the cache, instead of fetching it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan %1: %2 cells, %3 runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(adaptive: up to %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>estimated %1 (runs estimated from their own cell's earlier runs here: %2; from cells of the same model and browser: %3; from the policy alone: %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model %1 is not in the cache: it would be fetched or built before the first run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the model cache: %1. Fetch them with `inferscope models fetch %2`, or run without --no-fetch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in the cache: fetching or building it before the first run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot fetch %1, which the plan needs: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chromium (Debian package chromium)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firefox (Debian package firefox-esr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not installed, and the plan runs in it: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan runs in browsers this machine does not have: %1. Install them (bash scripts/setup.sh installs both) or take them out of the plan's "browsers".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected unsupported (as when it last ran here): %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown --panels "%1": use none or %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown --scale "%1": use auto, linear or log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs DIMENSION=VALUE[,VALUE...] with a dimension of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 panels on %2 pages of %3 x %4 pt.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n failed or unsupported cell(s) not drawn (--show-failed draws them).</source>
        <translation>
            <numerusform>%n failed or unsupported cell not drawn (--show-failed draws it).</numerusform>
            <numerusform>%n failed or unsupported cells not drawn (--show-failed draws them).</numerusform>
        </translation>
    </message>
    <message>
        <source>The figure: .pdf, .svg or .png (FILE.csv is written beside it); browsers panels that need more than one page are written as FILE-1, FILE-2, ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For browsers: one panel per value of %1, or none (default model).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For browsers: each browser's best configuration per panel, against native.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For browsers: auto (logarithmic where a panel spans more than a decade), linear or log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For browsers: configurations ordered by value, best first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For browsers: draw failed and unsupported configurations as empty slots named by their status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For browsers: keep only these values, e.g. browser=chromium,firefox (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For browsers: leave these values out, e.g. backend=webgl (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cell of %1 has a counterpart with samples in %2: nothing to compare (their cells differ in model, runtime, backend, threads, SIMD, placement or workload).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--value takes NAME=V with a number V, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: NAME=V feeds input NAME the value V in every element, in the reference and every run (a configuration input such as a sample rate; repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--state takes OUTPUT=INPUT (the output fed back as that input), not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: OUTPUT's values depend on tie-breaking (boxes, scores or classes after non-maximum suppression): fidelity compares it as a set and marks it (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: OUTPUT=INPUT feeds output OUTPUT back as input INPUT after every inference (recurrent state; INPUT starts each run at its --value, else zeros; repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare every cell of a bundle with a baseline: ratio of medians with its 95% CI, Welch's t over the repetitions' medians with Holm's correction, geometric mean per group.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComparisonPanels</name>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle has no cells.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cell has this metric among those the filters keep.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>Unknown figure format "%1": use .png, .pdf or .svg.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A resolution of %1 DPI is out of range (72 to 2400).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the figure: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigurePreset</name>
    <message>
        <source>The size %1 is out of range: each side from 1 to 40 in (25.4 to 1016 mm).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown preset "%1": use single, double, slide, or a size such as 4x3in or 120x80mm.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OperatorView</name>
    <message>
        <source>No operator profile: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time per inference, profiling pass (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator (fused variants with their family)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No operator profile for this cell: tick "Profile operators" in New experiment… (plan field "profile": true) to time each operator in a separate pass after the timed samples.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Prediction latency (median, 95% CI) per configuration and browser: wasm, SIMD on, main thread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slowdown against native ONNX Runtime at the same thread count (ratio of medians, 95% CI).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peak PSS of each browser's process tree while the model ran.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory growth over the model's file size (peak PSS minus the baseline before the runtime loaded).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input delay p95 while the model loads and runs (end to end from the driver's click).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GUI-workload steps: increase of their median time while inferring, in percent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>runtime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIMD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headline: ours beside the study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ours / study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>study source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency by stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>workload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fetch ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setup ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first inference ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warm-up to steady ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prediction median ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>95% CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first / prediction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slowdown against native ONNX Runtime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slowdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average slowdown, computed the way the study did</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>geometric mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIMD x threads ablation (prediction medians)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plain ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+threads ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+SIMD ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+both ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>threads speed-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIMD speed-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>both speed-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>threads speed-up with SIMD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why no plain wasm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The study's ResNet50 (4 threads): TF.js threads 1.21x, SIMD 3.17x, both 5.69x; ONNX Runtime Web threads 0.31x, SIMD 1.10x, both 2.30x over plain wasm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>model MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>baseline PSS MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>peak PSS MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PSS growth / model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>peak JS heap MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>peak JS heap / model (study's metric)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The study: up to 334.6x (ESRGAN on TF.js wasm, JS heap); MobileNetV2 7.2x, ResNet50 3.0x, MoveNet 10.7x. The JS heap of a Web Worker placement is not included (the page's main thread only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsiveness and smoothness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>input p95 idle ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>input p95 busy ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fps idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fps busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GUI workload increase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fidelity against the reference outputs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outputs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max abs error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>min cosine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>top-1 agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs that did not produce a measurement, by reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in this bundle measured it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan: %1 (seed %2, %3 repetition(s) per cell, %4 runs in the bundle).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample policy: warm-up at least %1 ms and until the last 10 samples vary less than 5% (at most %2 ms), then %3 prediction samples (at most %4 ms); a run times out after %5 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browsers: %1. Runtimes: %2. InferScope %3, bundle created %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>InferScope report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beside: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs the plan asked for that are not in the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory timeline of %1, the run whose process tree grew most: PSS of the browser's process tree by process type, baseline and peak marked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machine drift: a fixed memory-bound probe timed before each of %1 runs took %2 to %3 ms (median %4 ms); a cell whose repetitions saw it move by more than 10% is flagged in the summary (machine_drift_flag).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video workload: frames of a 30 fps clip the browser presented per second while the model loaded and ran.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>video fps idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>video fps busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The study: GUI components took 67.2% longer to render while inference ran. Video fps: frames of the video workload's 30 fps clip the browser presented per second.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generative decoding (token by token with a KV cache)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time to first token ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end-to-end tokens/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decode slowdown vs native</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PSS KB per token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tokens vs native</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beyond the study, which measured one-shot models. Greedy decoding of one seeded prompt; wasm must give the native ids token for token, and a divergence names its first position.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each median is the geometric mean of its runs' medians; the 95% CI treats the run as the unit (two-level bootstrap with Student's t, docs/STATISTICS.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows with 1 run: the interval is within that run only and leaves out run-to-run variation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The study's warm-up is the first inference; here warm-up runs until the series is steady, timed separately. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every browser cell's median over the native ONNX Runtime median of the same model at the same thread count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The study: 16.9x on average over both frameworks (50 PCs, Chrome, 4 threads); per model 2.1x to 36.4x for ONNX Runtime Web and 3.7x to 18.4x for TF.js.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cells measured while the machine drifted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probe moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>95% CI ± %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fixed memory-bound probe is timed before every run; these cells' repetitions saw it move by more than 10%, so part of their spread is the machine's (their intervals over repetitions include it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Debian's Chromium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firefox ESR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the embedded QtWebEngine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a remote WebDriver browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What differs from the study: it ran Chrome (TF.js 4.2, ONNX Runtime Web 1.14) on 50 PCs and trained models; this report is one machine, %1, current runtimes, and the zoo's models (several with random weights: speed and memory do not depend on the weights' values).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebGL and WebGPU here run on software rasterisers (marked "software"): they show the backends work, not GPU speed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(page %1 of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machine: %1, %2 logical cores, %3 GiB memory, %4; SIMD extensions: %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantized models against their float models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scheme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>float model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>median ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>speed-up over float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>min cosine vs float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>top-1 agreement vs float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each quantized cell's median against the float model's cell of the same configuration (above 1: faster), with the repetition as the unit; the outputs against the float model's on 20 seeded inputs, from the model's reference run (native ONNX Runtime). The zoo's networks have random weights, whose class scores lie close together: the arg max changes with small errors, the cosine says how close the scores stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>order-dependent outputs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>min set overlap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integer outputs (indices) and outputs the catalog marks order-dependent (after non-maximum suppression) are counted apart: tie-breaking among near-equal scores decides them, so they are compared as sets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tie-breaking among near-equal scores chose other values (an order-dependent output)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the numbers differ (cosine under 0.999)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outputs that differ from the reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each output compared by name with the reference output of the same name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>whiskers: 95% CI within one run</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>not installed (run scripts/setup.sh)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::AboutDialog</name>
    <message>
        <source>About InferScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;InferScope&lt;/h2&gt;&lt;p&gt;Measures what deep-learning inference in a web browser really costs: latency phases, memory, responsiveness, smoothness and accuracy, against a native baseline.&lt;/p&gt;&lt;p&gt;It grows out of the study “Anatomizing Deep Learning Inference in Web Browsers” (ACM TOSEM, 2025).&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::BrowsersTab</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a bundle to compare its browsers side by side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Filter (%n hidden)</source>
        <translation>
            <numerusform>Filter (%n hidden)</numerusform>
            <numerusform>Filter (%n hidden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n failed or unsupported not drawn</source>
        <translation>
            <numerusform>%n failed or unsupported not drawn</numerusform>
            <numerusform>%n failed or unsupported not drawn</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Panels:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one for all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each browser's best against native</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auto (log past a decade)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>linear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>logarithmic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort by value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed and unsupported configurations as empty slots named by their status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export four panels…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency, slowdown, peak memory and input delay of these cells as one double-column figure with panels (a) to (d) and the data drawn as CSV</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::ComparePage</name>
    <message>
        <source>A is slower than B.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A is faster than B.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No significant difference at the 5% level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;median(A) / median(B) = %1×&lt;/b&gt;, 95% bootstrap CI [%2, %3]&lt;/p&gt;&lt;p&gt;Mann-Whitney U = %4; p(A slower than B) = %5, p(A faster than B) = %6; P(A &gt; B) = %7&lt;/p&gt;&lt;p&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This bundle has fewer than two runs with samples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run A:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run B:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second bundle (after)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The second bundle could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>faster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not significant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no samples</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: geometric mean %2× over %n cell(s)</source>
        <translation>
            <numerusform>%1: geometric mean %2× over %n cell</numerusform>
            <numerusform>%1: geometric mean %2× over %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>native baseline (same model and thread count)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>browser: %1 (same configuration)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cell: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against a baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baseline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to one bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with a second bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each cell of %1 against the same cell of the open bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>95% CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p (Holm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>baseline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ratios (forest plot)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distributions of the selected rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one repetition: no verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 within one run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repetitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick two runs of the open bundle. InferScope compares their steady-state samples: the ratio of medians with a 95% bootstrap confidence interval, and a Mann-Whitney U test (no normality assumed). Two single runs are compared inference by inference: this cannot tell the machine's run-to-run drift from a real difference. For claims, compare cells with repetitions under "Against a baseline". Open a bundle on the Results page first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every cell against the baseline you choose. The repetition is the unit of evidence: a cell's estimate is the geometric mean of its runs' medians; the ratio's 95% interval comes from a two-level bootstrap with Welch's t over the repetitions, its p-value corrected for the number of comparisons (Holm), and a verdict is given only where the corrected p &lt; 0.05. A cell with one repetition gets its run's own interval and no verdict (docs/STATISTICS.md).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::ImportModelDialog</name>
    <message>
        <source>Choose a model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Models (*.onnx *.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the folder holding a model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking the runtime what the model takes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model leaves some dimensions open (?): give each a size, e.g. 1x3x224x224.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty for seeded random values; a number here is fed in every element of this input in the reference and every run (a configuration input such as a sample rate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not recurrent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recurrent state: the output fed back as this input after every inference. The input starts each run at its value (zeros when empty).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>ONNX model, %n file(s)</source>
        <translation>
            <numerusform>ONNX model, %n file</numerusform>
            <numerusform>ONNX model, %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TF.js graph model, %n file(s)</source>
        <translation>
            <numerusform>TF.js graph model, %n file</numerusform>
            <numerusform>TF.js graph model, %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TF.js layers model (Keras-style), %n file(s)</source>
        <translation>
            <numerusform>TF.js layers model (Keras-style), %n file</numerusform>
            <numerusform>TF.js layers model (Keras-style), %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Input %1 needs a shape: the model leaves the dimensions marked ? open; type a size for each (e.g. 1x3x224x224).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input %1 needs a shape of positive sizes such as 1x3x224x224, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input %1 has the fixed shape %2; the model cannot take %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value of input %1 must be a number, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an .onnx file, a TF.js model.json, or a folder holding one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The id may hold lower-case letters, digits and '-' (at most 64).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying the model into the cache and running its reference inference…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import refused, nothing changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An .onnx file, a TF.js model.json, or a folder holding one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How plans name the model: lower-case letters, digits and '-'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fed back from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies the files into the model cache, hashes them and runs one reference inference; only a model that runs is added to the zoo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outputs whose values depend on tie-breaking (boxes, scores or classes after non-maximum suppression): tick them to compare them with the reference as sets. Integer outputs are treated so anyway.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::JobProgress</name>
    <message>
        <source>about %1 s left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about %1 min left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::MainWindow</name>
    <message numerus="yes">
        <source>Loaded %n run(s)</source>
        <translation>
            <numerusform>Loaded %n run</numerusform>
            <numerusform>Loaded %n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>InferScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Result Bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About InferScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a run with latency samples to export its figure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent &amp;Bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear Recent Bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Four &amp;Panels…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare Against a Baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a result bundle: drop a bundle folder (it holds manifest.json).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit InferScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A plan is measuring. Stop it and keep the runs it finished (the bundle resumes later), let it run to its end without the window, or go back?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop and keep the finished runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: the finished runs are kept in %1. File &gt; Resume continues the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open the bundle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Experiment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run Plan &amp;File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Res&amp;ume Interrupted Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Plan of This Bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add your own ONNX or TF.js model to the zoo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::OperatorsTab</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ms per inference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Native ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser / native</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::PlanBuilderDialog</name>
    <message>
        <source>Native baseline (ONNX Runtime on the CPU) for every ONNX model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsiveness: inject clicks and time animation frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a browser trace per run (Chromium, embedded, Grid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> clicks/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New experiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2, %3, %4 MB%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ONNX Runtime Web:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TensorFlow.js:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More threads than this machine has cores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wasm threads:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>main thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>embedded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grid:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browsers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it is measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repetitions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order seed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm-up at least:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm-up at most:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samples per run:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeout per run:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Models (the zoo; check one or more):</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetition</numerusform>
            <numerusform>%n repetitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Each run takes at least %1 s of warm-up.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n chosen model(s) will be fetched into the cache first.</source>
        <translation>
            <numerusform>%n chosen model will be fetched into the cache first.</numerusform>
            <numerusform>%n chosen models will be fetched into the cache first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a plan this builder can show: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GUI steps (TodoMVC-like)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scripted DOM steps every 250 ms beside the model, timed idle and busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>animation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A canvas animation every frame beside the model; its frame rate is measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page workload:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one backend, thread count, placement, workload and browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also without SIMD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A 30 fps clip, made in the page before it starts, plays beside the model; the frames the browser presents are counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also PyTorch (eager and TorchScript) for the zoo's generated models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same weights in Debian's PyTorch, timed the same way: a second native baseline to compare against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The study's ablation: every wasm cell also with SIMD off. ONNX Runtime Web runs it on version 1.17.3 (installed beside 1.30, which ships only a SIMD build), so plain wasm, +threads, +SIMD and both are measured on one runtime.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>up to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until the 95% interval is within ±</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs of every cell. The run, not the inference, is the unit of evidence: intervals and verdicts need at least two, three are the useful minimum (Student's t at one degree of freedom is 12.7).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adaptive repetitions: above the first number, cells whose interval is still wider than the target get one more run per round, interleaved, up to this many. Each run costs its warm-up and samples again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target: a cell stops when its 95% interval lies within this percentage of its median.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(adaptive: up to %n run(s))</source>
        <translation>
            <numerusform>(adaptive: up to %n run)</numerusform>
            <numerusform>(adaptive: up to %n runs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: about %1 h.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated duration: about %1 min.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 runs estimated from earlier runs on this machine, the rest from the policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile operators: a separate pass of 10 inferences per run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Real-time accuracy: 60 distinct frames replayed at 5 to 60 fps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate text (decoder models, ONNX Runtime Web wasm):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the node's own Chrome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms idle first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> prompt tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> new tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> generations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (not in the cache yet: fetched when the experiment starts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.30 (pinned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.17.3 (every wasm build; wasm only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ONNX Runtime Web 1.17.3 is installed beside 1.30: the last release with plain, threads, SIMD and SIMD+threads wasm builds. Cell keys get _v1.17; speed-ups compare cells of one version only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>full harness (every probe)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minimal loop (session.run only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probe calibration (no model)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The minimal page only loops the inference (to measure what the harness costs); the calibration page blocks the main thread on a known schedule and checks the probes against it (docs/CALIBRATION.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each run prefills a seeded prompt, then decodes greedily with the KV cache fed back: the decode steps are the samples (per token), with time to first token and tokens/s. Every ONNX model of the plan must be a decoder; prompt + new tokens at most 512.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one per node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grid runs run side by side, one per node that is up; cap it when nodes share a host and would compete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>runs at once,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let the node start its own Chrome (a Windows or macOS node, e.g. for WebNN) instead of /usr/bin/chromium.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>serve on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address the harness server listens on. Only set it beyond loopback for remote Grid nodes: the pages and models are then served to the network (with the plan's token).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name the nodes use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sampling at most:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prediction samples per run after the warm-up; all of them enter the statistics.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A run stops sampling after this long even when it has fewer samples (a slow backend).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A run that reports nothing for this long is recorded as a hung page and the plan goes on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input delay of injected clicks and the page's frames, idle and while the model runs. The probe shares the main thread with a main-thread model: compare latencies of runs with the same setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A browser trace per run (tens of MB each, compressed), for Perfetto or Chrome's performance panel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the timed samples, 10 inferences with the runtime's profiler on: time per operator (the Operators tab). Never mixed with the timed samples; adds a few seconds per run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the timed samples, each browser run infers 60 distinct seeded frames; the summary replays them at 5, 10, 15, 30 and 60 fps and scores the result shown for each frame. Adds one inference per frame.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what the experiment is for (shown in the report)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each experiment writes a new bundle folder NAME-DATE-TIME here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check at least one model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This combination cannot run yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan saved to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::ReportDialog</name>
    <message>
        <source>Save report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing the report (confidence intervals of every cell)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::ResultsPage</name>
    <message>
        <source>Open result bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open the bundle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a result bundle to see its runs. Statistics use the steady part of each series (MSER-5); the CI is a 95% bootstrap interval of the median.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n run(s)</source>
        <translation>
            <numerusform>%1: %n run</numerusform>
            <numerusform>%1: %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s), listed below</source>
        <translation>
            <numerusform>%n damaged record, listed below</numerusform>
            <numerusform>%n damaged records, listed below</numerusform>
        </translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export figure…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damaged records (the other runs loaded normally):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>total PSS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 processes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsiveness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browsers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV tables into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as one JSON document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as a Chrome trace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n run(s) to %1.</source>
        <translation>
            <numerusform>Exported %n run to %1.</numerusform>
            <numerusform>Exported %n runs to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s) skipped.</source>
        <translation>
            <numerusform>%n damaged record skipped.</numerusform>
            <numerusform>%n damaged records skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The study report of this bundle: every table beside the published numbers, with figures (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV tables (pandas, R, spreadsheets)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One JSON document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chrome trace (Perfetto)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as on screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>single column (3.5 in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>double column (7.16 in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slide (16:9, 10 in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export four panels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Machine drift: the probe timed before each repetition moved by more than 10% in %n cell(s); compare their repetitions with care:</source>
        <translation>
            <numerusform>Machine drift: the probe timed before each repetition moved by more than 10% in %n cell; compare its repetitions with care:</numerusform>
            <numerusform>Machine drift: the probe timed before each repetition moved by more than 10% in %n cells; compare their repetitions with care:</numerusform>
        </translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time to first token %1 ms (median of %2 generations), then %3 tokens/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The panels fill %n pages: %1 … %2, each with its data as CSV beside it.</source>
        <translation>
            <numerusform>The panels fill %n page: %1 … %2, with its data as CSV beside it.</numerusform>
            <numerusform>The panels fill %n pages: %1 … %2, each with its data as CSV beside it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure saved to %1, its data beside it as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figure saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This bundle was not started from a plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan saved to %1: inferscope run %1 measures it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still showing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run ended %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a run in the table above to see its latency series.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run recorded no latency samples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It has no latency samples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a run in the table above to see its memory timeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No memory timeline: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run recorded no memory timeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It has no memory timeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a run in the table above to see its responsiveness.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Native runs have no page: input delay and frames are measured in browsers only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsiveness was not measured in this run. Tick "Responsiveness" or a page workload in New experiment… (plan fields "responsiveness", "workloads") to time clicks and frames while the model runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The responsiveness probe ran but recorded no clicks or frames.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It has no responsiveness data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Four panels saved to %1 (double column, 7.16 × 5 in), their data beside it as %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::RunDetailsTab</name>
    <message>
        <source>Recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::RunTableModel</name>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Median (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>95% CI (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outliers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peak PSS (MB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Input delay p95, busy (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FPS, busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 cores)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU per inference (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The prediction phase still drifted (until sample %1): the warm-up may have been too short. Every sample is kept and counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drift ⚠</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm-up check</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::RunsPage</name>
    <message>
        <source>Run plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume an interrupted plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a result bundle started from a plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. Resume the plan to run what is left; finished runs are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 runs were already in the bundle and were not redone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the page while it measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plan is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New experiment</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Fetching %n model(s) the experiment needs</source>
        <translation>
            <numerusform>Fetching %n model the experiment needs</numerusform>
            <numerusform>Fetching %n models the experiment needs</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up an experiment (models × runtimes × backends × threads × placements × browsers) and run it in the embedded browser, Chromium, Firefox or a Selenium Grid, and natively. Every run is stored the moment it ends; an interrupted plan resumes where it stopped. The same engine runs headless: &lt;code&gt;inferscope run PLAN.json&lt;/code&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New experiment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run plan file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be resumed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the plan %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Adaptive repetitions, round %1: %n cell(s) need another run</source>
        <translation>
            <numerusform>Adaptive repetitions, round %1: %n cell needs another run</numerusform>
            <numerusform>Adaptive repetitions, round %1: %n cells need another run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inferscope::app::SetupPage</name>
    <message>
        <source>An experiment runs models × runtimes × backends × browsers × placements on this machine. What the machine offers decides what its numbers mean: wasm SIMD is 128 bits wide, so the gap to native code grows with AVX2 and AVX-512.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logical cores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIMD extensions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runtimes and libraries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size (MB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Native baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model catalog cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ONNX Runtime (CPU)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (TF.js)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not fetched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on demand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 models are in the cache (%3). Build or fetch the others with &lt;code&gt;inferscope models fetch ID&lt;/code&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model zoo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browsers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How InferScope uses it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No browser to ask yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local harness server could not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening each browser once on the capability page…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Asked %n browser(s). Software WebGL and WebGPU (SwiftShader, llvmpipe) run but say nothing about GPU speed.</source>
        <translation>
            <numerusform>Asked %n browser. Software WebGL and WebGPU (SwiftShader, llvmpipe) run but say nothing about GPU speed.</numerusform>
            <numerusform>Asked %n browsers. Software WebGL and WebGPU (SwiftShader, llvmpipe) run but say nothing about GPU speed.</numerusform>
        </translation>
    </message>
    <message>
        <source>wasm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebGL 2 renderer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebGPU adapter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebNN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask each browser what it offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens each browser once on a capability page: wasm SIMD and threads, the WebGL renderer, the WebGPU adapter and WebNN, in the browser's own words (`inferscope browsers --capabilities` does the same).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A plan is measuring: ask again when it has finished (one browser at a time keeps its numbers clean).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1: it is in the plan builder's model list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add your own ONNX or TF.js model (graph or Keras-style layers) to the zoo: InferScope asks the runtime what it takes, copies and hashes its files and runs one reference inference (`inferscope models import` does the same).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::UserGuideDialog</name>
    <message>
        <source>InferScope User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user guide (docs/USER_GUIDE.md) is not installed with this build.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::widgets::BrowserComparisonPlot</name>
    <message>
        <source>Configuration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::widgets::DistributionPlot</name>
    <message>
        <source>Latency (ms), steady samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of samples at or below</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::widgets::ForestPlot</name>
    <message>
        <source>not significant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>significant (Holm p &lt; 0.05)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ratio to the baseline's median</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::widgets::LatencySeriesPlot</name>
    <message>
        <source>Samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flagged outliers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Median with 95% CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inference (sample index)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated token (decode step, every measured generation in turn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency per token (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drift (kept)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::widgets::LiveRunPlot</name>
    <message>
        <source>warm-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PSS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time since the run started (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PSS (MB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the first sample (the runtime and model are loading)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A native run reports its samples when it ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No run in flight</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::widgets::MemoryTimelinePlot</name>
    <message>
        <source>baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>peak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time since the run started (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PSS (MB)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::widgets::ResponsivenessPlot</name>
    <message>
        <source>frame interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>input delay, idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>input delay, busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>50 ms: a long task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time on the page's clock (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delay or frame interval (ms)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>