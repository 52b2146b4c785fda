<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Verify a result bundle and print each run's statistics</source>
        <translation>校验结果包并打印每次运行的统计数据</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Without a command, InferScope opens its workbench window.</source>
        <translation>不带命令时，InferScope 打开工作台窗口。</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>InferScope measures what deep-learning inference in a web browser really costs.</source>
        <translation>InferScope 测量网页浏览器中深度学习推理的真实开销。</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>要运行的命令（见下文）。</translation>
    </message>
    <message>
        <source>GUI language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>GUI: save a screenshot of the main window to FILE and quit.</source>
        <translation>界面：将主窗口截图保存到 FILE 后退出。</translation>
    </message>
    <message>
        <source>GUI: page to show first (setup, runs, results, compare).</source>
        <translation>界面：首先显示的页面（setup、runs、results、compare）。</translation>
    </message>
    <message>
        <source>Verify a result bundle and print the statistics of each run.</source>
        <translation>校验结果包并打印每次运行的统计数据。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <source>The bundle directory.</source>
        <translation>结果包目录。</translation>
    </message>
    <message>
        <source>inspect needs exactly one bundle directory.</source>
        <translation>inspect 需要且仅需要一个结果包目录。</translation>
    </message>
    <message>
        <source>Cannot open the bundle: %1</source>
        <translation>无法打开结果包：%1</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>median ms</source>
        <translation>中位数 ms</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>steady from</source>
        <translation>稳态起点</translation>
    </message>
    <message>
        <source>outliers</source>
        <translation>离群值</translation>
    </message>
    <message>
        <source>damaged record: %1</source>
        <translation>损坏的记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1: %n run(s)</source>
        <translation><numerusform>结果包 %1：%n 次运行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were being written when the writer stopped; they are not in the bundle and rerun on resume.</source>
        <translation><numerusform>写入进程停止时有 %n 次运行正在写入；它们不在结果包中，恢复计划时会重新运行。</numerusform></translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>Unknown figure format "%1": use .png, .pdf or .svg.</source>
        <translation>未知的图形格式“%1”：请使用 .png、.pdf 或 .svg。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>not installed (run scripts/setup.sh)</source>
        <translation>未安装（请运行 scripts/setup.sh）</translation>
    </message>
</context>
<context>
    <name>inferscope::app::AboutDialog</name>
    <message>
        <source>About InferScope</source>
        <translation>关于 InferScope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;InferScope&lt;/h2&gt;&lt;p&gt;Measures what deep-learning inference in a web browser really costs: latency phases, memory, responsiveness, smoothness and accuracy, against a native baseline.&lt;/p&gt;&lt;p&gt;It grows out of the study “Anatomizing Deep Learning Inference in Web Browsers” (ACM TOSEM, 2025).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;InferScope&lt;/h2&gt;&lt;p&gt;测量网页浏览器中深度学习推理的真实开销：各阶段延迟、内存、响应性、流畅度和准确性，并与原生基线对比。&lt;/p&gt;&lt;p&gt;它源自研究《Anatomizing Deep Learning Inference in Web Browsers》（ACM TOSEM，2025）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>inferscope::app::ComparePage</name>
    <message>
        <source>A is slower than B.</source>
        <translation>A 比 B 慢。</translation>
    </message>
    <message>
        <source>A is faster than B.</source>
        <translation>A 比 B 快。</translation>
    </message>
    <message>
        <source>No significant difference at the 5% level.</source>
        <translation>在 5% 显著性水平下无显著差异。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;median(A) / median(B) = %1×&lt;/b&gt;, 95% bootstrap CI [%2, %3]&lt;/p&gt;&lt;p&gt;Mann-Whitney U = %4; p(A slower than B) = %5, p(A faster than B) = %6; P(A &gt; B) = %7&lt;/p&gt;&lt;p&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;中位数(A) / 中位数(B) = %1×&lt;/b&gt;，95% 自助法置信区间 [%2, %3]&lt;/p&gt;&lt;p&gt;Mann-Whitney U = %4；p(A 比 B 慢) = %5，p(A 比 B 快) = %6；P(A &gt; B) = %7&lt;/p&gt;&lt;p&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This bundle has fewer than two runs with samples.</source>
        <translation>此结果包中有样本的运行少于两次。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Pick two runs of the open bundle. InferScope compares their steady-state samples: the ratio of medians with a 95% bootstrap confidence interval, and a Mann-Whitney U test (no normality assumed). Open a bundle on the Results page first.</source>
        <translation>从已打开的结果包中选择两次运行。InferScope 比较它们的稳态样本：中位数之比及其 95% 自助法置信区间，以及 Mann-Whitney U 检验（不假设正态分布）。请先在“结果”页打开一个结果包。</translation>
    </message>
    <message>
        <source>Run A:</source>
        <translation>运行 A：</translation>
    </message>
    <message>
        <source>Run B:</source>
        <translation>运行 B：</translation>
    </message>
</context>
<context>
    <name>inferscope::app::JobProgress</name>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>inferscope::app::MainWindow</name>
    <message numerus="yes">
        <source>Loaded %n run(s)</source>
        <translation><numerusform>已加载 %n 次运行</numerusform></translation>
    </message>
    <message>
        <source>InferScope</source>
        <translation>InferScope</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Result Bundle…</source>
        <translation>打开结果包(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About InferScope</source>
        <translation>关于 InferScope(&amp;A)</translation>
    </message>
</context>
<context>
    <name>inferscope::app::ResultsPage</name>
    <message>
        <source>Open result bundle</source>
        <translation>打开结果包</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <source>Could not open the bundle: %1</source>
        <translation>无法打开结果包：%1</translation>
    </message>
    <message>
        <source>Open a result bundle to see its runs. Statistics use the steady part of each series (MSER-5); the CI is a 95% bootstrap interval of the median.</source>
        <translation>打开一个结果包以查看其中的运行。统计只使用每个序列的稳态部分（MSER-5）；置信区间为中位数的 95% 自助法区间。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s)</source>
        <translation><numerusform>%1：%n 次运行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s), listed below</source>
        <translation><numerusform>%n 条损坏的记录，见下方列表</numerusform></translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>打开结果包…</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>导出图形…</translation>
    </message>
    <message>
        <source>Damaged records (the other runs loaded normally):</source>
        <translation>损坏的记录（其余运行已正常加载）：</translation>
    </message>
</context>
<context>
    <name>inferscope::app::RunTableModel</name>
    <message>
        <source>The series was still drifting: the warm-up may have been too short.</source>
        <translation>该序列仍在漂移：预热时间可能过短。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Median (ms)</source>
        <translation>中位数 (ms)</translation>
    </message>
    <message>
        <source>95% CI (ms)</source>
        <translation>95% 置信区间 (ms)</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>变异系数</translation>
    </message>
    <message>
        <source>Steady from</source>
        <translation>稳态起点</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>离群值</translation>
    </message>
</context>
<context>
    <name>inferscope::app::RunsPage</name>
    <message>
        <source>&lt;h3&gt;No plan is running&lt;/h3&gt;&lt;p&gt;While a plan runs, each run appears here as it happens: its phase, its samples so far, an estimate of the time left and a button to cancel.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;当前没有正在执行的计划&lt;/h3&gt;&lt;p&gt;计划执行时，每次运行都会实时显示在这里：所处阶段、已采集的样本、剩余时间估计以及取消按钮。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>inferscope::app::SetupPage</name>
    <message>
        <source>An experiment runs models × runtimes × backends × browsers × placements on this machine. What the machine offers decides what its numbers mean: wasm SIMD is 128 bits wide, so the gap to native code grows with AVX2 and AVX-512.</source>
        <translation>一个实验在本机上运行 模型 × 运行时 × 后端 × 浏览器 × 执行位置 的组合。机器的能力决定了测量数字的含义：wasm SIMD 只有 128 位宽，因此有 AVX2 和 AVX-512 时与原生代码的差距更大。</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>Logical cores</source>
        <translation>逻辑核心数</translation>
    </message>
    <message>
        <source>SIMD extensions</source>
        <translation>SIMD 扩展</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>未检测到</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Runtimes and libraries</source>
        <translation>运行时与库</translation>
    </message>
</context>
<context>
    <name>inferscope::widgets::LatencySeriesPlot</name>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Flagged outliers</source>
        <translation>标记的离群值</translation>
    </message>
    <message>
        <source>Median with 95% CI</source>
        <translation>中位数及 95% 置信区间</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>Inference (sample index)</source>
        <translation>推理（样本序号）</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
</context>
</TS>