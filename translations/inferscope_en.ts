<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
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
        <source>steady from</source>
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
        <translation><numerusform>Bundle %1: %n run</numerusform><numerusform>Bundle %1: %n runs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were being written when the writer stopped; they are not in the bundle and rerun on resume.</source>
        <translation><numerusform>%n run was being written when the writer stopped; it is not in the bundle and reruns on resume.</numerusform><numerusform>%n runs were being written when the writer stopped; they are not in the bundle and rerun on resume.</numerusform></translation>
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
        <source>Pick two runs of the open bundle. InferScope compares their steady-state samples: the ratio of medians with a 95% bootstrap confidence interval, and a Mann-Whitney U test (no normality assumed). Open a bundle on the Results page first.</source>
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
</context>
<context>
    <name>inferscope::app::MainWindow</name>
    <message numerus="yes">
        <source>Loaded %n run(s)</source>
        <translation><numerusform>Loaded %n run</numerusform><numerusform>Loaded %n runs</numerusform></translation>
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
        <translation><numerusform>%1: %n run</numerusform><numerusform>%1: %n runs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s), listed below</source>
        <translation><numerusform>%n damaged record, listed below</numerusform><numerusform>%n damaged records, listed below</numerusform></translation>
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
</context>
<context>
    <name>inferscope::app::RunTableModel</name>
    <message>
        <source>The series was still drifting: the warm-up may have been too short.</source>
        <translation type="unfinished" />
    </message>
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
        <source>Steady from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outliers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>inferscope::app::RunsPage</name>
    <message>
        <source>&lt;h3&gt;No plan is running&lt;/h3&gt;&lt;p&gt;While a plan runs, each run appears here as it happens: its phase, its samples so far, an estimate of the time left and a button to cancel.&lt;/p&gt;</source>
        <translation type="unfinished" />
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
        <source>warm-up</source>
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
</context>
</TS>