<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BrowserComparison</name>
    <message>
        <source>Median latency (ms)</source>
        <translation>延迟中位数 (ms)</translation>
    </message>
    <message>
        <source>Slowdown vs native (x)</source>
        <translation>相对原生的减速 (倍)</translation>
    </message>
    <message>
        <source>Peak PSS (MB)</source>
        <translation>PSS 峰值 (MB)</translation>
    </message>
    <message>
        <source>Memory growth / model size (x)</source>
        <translation>内存增长 / 模型大小 (倍)</translation>
    </message>
    <message>
        <source>Input delay p95 while busy (ms)</source>
        <translation>繁忙时输入延迟 p95 (ms)</translation>
    </message>
    <message>
        <source>Frames per second while busy</source>
        <translation>繁忙时每秒帧数</translation>
    </message>
    <message>
        <source>GUI workload time increase while busy (%)</source>
        <translation>繁忙时 GUI 工作负载耗时增加 (%)</translation>
    </message>
    <message>
        <source>CPU time per inference (ms)</source>
        <translation>每次推理的 CPU 时间（毫秒）</translation>
    </message>
    <message>
        <source>Real-time accuracy at 30 fps (%)</source>
        <translation>30 fps 下的实时准确率（%）</translation>
    </message>
    <message>
        <source>Video frames presented per second while busy (clip: 30 fps)</source>
        <translation>繁忙时每秒呈现的视频帧数（片段：30 fps）</translation>
    </message>
    <message>
        <source>Generation: decode tokens per second</source>
        <translation>生成：每秒解码词元数</translation>
    </message>
    <message>
        <source>Generation: time to first token (ms)</source>
        <translation>生成：首个词元时间（毫秒）</translation>
    </message>
    <message>
        <source>Speed-up over plain wasm (x)</source>
        <translation>相对普通 wasm 的加速比（倍）</translation>
    </message>
    <message>
        <source>Speed-up over float model (x)</source>
        <translation>相对浮点模型的加速比（倍）</translation>
    </message>
    <message>
        <source>Configuration (all: %1)</source>
        <translation>配置（全部为：%1）</translation>
    </message>
</context>
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
        <source>outliers</source>
        <translation>离群值</translation>
    </message>
    <message>
        <source>damaged record: %1</source>
        <translation>损坏的记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1: %n run(s)</source>
        <translation>
            <numerusform>结果包 %1：%n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were being written when the writer stopped; they are not in the bundle and rerun on resume.</source>
        <translation>
            <numerusform>写入进程停止时有 %n 次运行正在写入；它们不在结果包中，恢复计划时会重新运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The model zoo: list, info, fetch, import, verify</source>
        <translation>模型库：list、info、fetch、import、verify</translation>
    </message>
    <message>
        <source>Measure a model's native baseline (ONNX Runtime, CPU)</source>
        <translation>测量模型的原生基线（ONNX Runtime，CPU）</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>缺少参考数据</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>未获取</translation>
    </message>
    <message>
        <source>id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>params (M)</source>
        <translation>参数量 (M)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>Model cache: %1</source>
        <translation>模型缓存：%1</translation>
    </message>
    <message>
        <source>Unknown model "%1" (see `inferscope models list`).</source>
        <translation>未知模型“%1”（见 `inferscope models list`）。</translation>
    </message>
    <message>
        <source>ready (%1 MB, %2 s)</source>
        <translation>就绪（%1 MB，%2 秒）</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 of %2 models ready in %3 s; cache: %4</source>
        <translation>%2 个模型中 %1 个已就绪，用时 %3 秒；缓存：%4</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1 models checked, %2 with problems (`inferscope models fetch ID` repairs a zoo model)</source>
        <translation>已检查 %1 个模型，其中 %2 个有问题（`inferscope models fetch ID` 可修复模型库中的模型）</translation>
    </message>
    <message>
        <source>models import needs one path: an .onnx file, a TF.js model.json or its folder.</source>
        <translation>models import 需要一个路径：.onnx 文件、TF.js 的 model.json 或其所在文件夹。</translation>
    </message>
    <message>
        <source>--shape takes NAME=AxBxC with positive sizes, not "%1".</source>
        <translation>--shape 的格式为 NAME=AxBxC（各维为正整数），而不是“%1”。</translation>
    </message>
    <message>
        <source>Input %1 has dynamic dimensions. Shape to use (e.g. 1x3x224x224): </source>
        <translation>输入 %1 含有动态维度。请输入要使用的形状（例如 1x3x224x224）：</translation>
    </message>
    <message>
        <source>Not a shape; nothing was imported.</source>
        <translation>不是有效的形状；未导入任何内容。</translation>
    </message>
    <message>
        <source>Import refused, nothing changed: %1</source>
        <translation>导入被拒绝，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Imported "%1" as %2 (%3, %4 MB); reference input and output are in %5</source>
        <translation>已将“%1”导入为 %2（%3，%4 MB）；参考输入和输出位于 %5</translation>
    </message>
    <message>
        <source>The model zoo: list, inspect, build or fetch, import and verify models.
  list [--json]     every model and whether it is in the cache
  info ID           one model's catalog entry and cache state
  fetch [ID...]     build or fetch models (default set without IDs; --all for every one)
  import PATH       add an .onnx file or a TF.js model.json folder
  verify            re-hash every file in the cache</source>
        <translation>模型库：列出、查看、构建或获取、导入和校验模型。
  list [--json]     所有模型及其是否已在缓存中
  info ID           单个模型的目录条目和缓存状态
  fetch [ID...]     构建或获取模型（不带 ID 时为默认集合；--all 为全部）
  import PATH       添加 .onnx 文件或 TF.js model.json 文件夹
  verify            重新计算缓存中每个文件的哈希</translation>
    </message>
    <message>
        <source>list, info, fetch, import or verify</source>
        <translation>list、info、fetch、import 或 verify</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list：输出 JSON。</translation>
    </message>
    <message>
        <source>fetch: every model, the large ones too.</source>
        <translation>fetch：所有模型，包括大型模型。</translation>
    </message>
    <message>
        <source>import: the id to give the model.</source>
        <translation>import：为模型指定的标识。</translation>
    </message>
    <message>
        <source>import: a display name.</source>
        <translation>import：显示名称。</translation>
    </message>
    <message>
        <source>import: the task (e.g. image-classification).</source>
        <translation>import：任务（例如 image-classification）。</translation>
    </message>
    <message>
        <source>import: NAME=AxBxC for an input with dynamic dimensions (repeatable).</source>
        <translation>import：为含动态维度的输入指定 NAME=AxBxC（可重复）。</translation>
    </message>
    <message>
        <source>The model catalog is invalid: %1</source>
        <translation>模型目录无效：%1</translation>
    </message>
    <message>
        <source>models info needs one known model id (see `inferscope models list`).</source>
        <translation>models info 需要一个已知的模型标识（见 `inferscope models list`）。</translation>
    </message>
    <message>
        <source>Unknown models action "%1".</source>
        <translation>未知的 models 操作“%1”。</translation>
    </message>
    <message>
        <source>Measure the native baseline of a zoo model: ONNX Runtime on the CPU (onnxruntime-node, the same version as ONNX Runtime Web).</source>
        <translation>测量模型库中模型的原生基线：在 CPU 上运行 ONNX Runtime（onnxruntime-node，与 ONNX Runtime Web 版本相同）。</translation>
    </message>
    <message>
        <source>A model id from `inferscope models list`.</source>
        <translation>`inferscope models list` 中的模型标识。</translation>
    </message>
    <message>
        <source>Thread counts, comma-separated (default 1).</source>
        <translation>线程数，以逗号分隔（默认 1）。</translation>
    </message>
    <message>
        <source>Steady-state samples per run (default 200).</source>
        <translation>每次运行的稳态样本数（默认 200）。</translation>
    </message>
    <message>
        <source>Warm-up time per run in ms (default 3000).</source>
        <translation>每次运行的预热时间，单位毫秒（默认 3000）。</translation>
    </message>
    <message>
        <source>Runs per thread count (default 1).</source>
        <translation>每种线程数的运行次数（默认 1）。</translation>
    </message>
    <message>
        <source>Result bundle to write (created, or resumed if it exists).</source>
        <translation>要写入的结果包（不存在则创建，存在则继续）。</translation>
    </message>
    <message>
        <source>--threads takes positive integers, e.g. 1,2</source>
        <translation>--threads 需要正整数，例如 1,2</translation>
    </message>
    <message>
        <source>Cannot open the result bundle: %1</source>
        <translation>无法打开结果包：%1</translation>
    </message>
    <message>
        <source>%1: already in the bundle, skipped (resume)</source>
        <translation>%1：已在结果包中，跳过（继续执行）</translation>
    </message>
    <message>
        <source>%1: %2 thread(s)…</source>
        <translation>%1：%2 个线程…</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>%1: median %2 ms [%3, %4] over %5 samples; setup %6 ms, first inference %7 ms; PSS peak %8 MB (+%9 MB, %10x the model file)</source>
        <translation>%1：中位数 %2 ms [%3, %4]，共 %5 个样本；初始化 %6 ms，首次推理 %7 ms；PSS 峰值 %8 MB（+%9 MB，为模型文件的 %10 倍）</translation>
    </message>
    <message>
        <source>Results: %1 (open it on the Results page, or `inferscope inspect %1`)</source>
        <translation>结果：%1（在“结果”页打开，或运行 `inferscope inspect %1`）</translation>
    </message>
    <message>
        <source>Run an experiment plan headless (see plans/quick.json)</source>
        <translation>无界面运行实验计划（见 plans/quick.json）</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>thr</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>执行位置</translation>
    </message>
    <message>
        <source>setup ms</source>
        <translation>初始化 ms</translation>
    </message>
    <message>
        <source>first ms</source>
        <translation>首次 ms</translation>
    </message>
    <message>
        <source>vs native</source>
        <translation>相对原生</translation>
    </message>
    <message>
        <source>Run an experiment plan headless and store every run in a result bundle.</source>
        <translation>无界面运行实验计划，并将每次运行保存到结果包中。</translation>
    </message>
    <message>
        <source>The plan (JSON), e.g. plans/quick.json.</source>
        <translation>计划文件（JSON），例如 plans/quick.json。</translation>
    </message>
    <message>
        <source>Result bundle directory; an existing one is resumed.</source>
        <translation>结果包目录；若已存在则继续执行。</translation>
    </message>
    <message>
        <source>Also write one summary record per cell to FILE.</source>
        <translation>同时将每个单元的汇总记录写入 FILE。</translation>
    </message>
    <message>
        <source>run needs one plan file.</source>
        <translation>run 需要一个计划文件。</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <source>%1 runs were already in the bundle and were not redone.</source>
        <translation>有 %1 次运行已在结果包中，未重复执行。</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>汇总已写入 %1</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Cancelled: run the same command again to resume.</source>
        <translation>已取消：再次运行相同命令即可继续。</translation>
    </message>
    <message>
        <source>GUI: open a result bundle on the Results page.</source>
        <translation>界面：在“结果”页打开一个结果包。</translation>
    </message>
    <message>
        <source>GUI: start a plan on the Runs page (--show-page shows the harness page).</source>
        <translation>界面：在“运行”页启动一个计划（--show-page 显示测量页面）。</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>not installed (Debian package chromium)</source>
        <translation>未安装（Debian 软件包 chromium）</translation>
    </message>
    <message>
        <source>driven over the DevTools Protocol</source>
        <translation>通过 DevTools 协议驱动</translation>
    </message>
    <message>
        <source>not installed (Debian package firefox-esr)</source>
        <translation>未安装（Debian 软件包 firefox-esr）</translation>
    </message>
    <message>
        <source>not installed (Debian package chromium-driver)</source>
        <translation>未安装（Debian 软件包 chromium-driver）</translation>
    </message>
    <message>
        <source>for WebDriver and Selenium Grid nodes</source>
        <translation>用于 WebDriver 和 Selenium Grid 节点</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>for a local Selenium Grid</source>
        <translation>用于本地 Selenium Grid</translation>
    </message>
    <message>
        <source>List the browsers and tools InferScope can drive on this machine.</source>
        <translation>列出 InferScope 在本机可以驱动的浏览器和工具。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>List the browsers and tools found on this machine</source>
        <translation>列出本机上找到的浏览器和工具</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>driven over WebDriver BiDi</source>
        <translation>通过 WebDriver BiDi 驱动</translation>
    </message>
    <message>
        <source>Plan %1: %2 runs into %3 (harness on %4:%5)</source>
        <translation>计划 %1：%2 次运行，写入 %3（测量页面服务于 %4:%5）</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>peak MB</source>
        <translation>峰值 MB</translation>
    </message>
    <message>
        <source>ampl.</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>input p95 idle</source>
        <translation>空闲输入 p95</translation>
    </message>
    <message>
        <source>input p95 busy</source>
        <translation>繁忙输入 p95</translation>
    </message>
    <message>
        <source>fps idle</source>
        <translation>空闲 fps</translation>
    </message>
    <message>
        <source>fps busy</source>
        <translation>繁忙 fps</translation>
    </message>
    <message>
        <source>long tasks</source>
        <translation>长任务</translation>
    </message>
    <message>
        <source>blocking ms</source>
        <translation>阻塞 ms</translation>
    </message>
    <message>
        <source>GUI +%</source>
        <translation>GUI +%</translation>
    </message>
    <message>
        <source>Export a bundle as tidy CSV, one JSON document or a Chrome trace</source>
        <translation>将结果包导出为整齐的 CSV、单个 JSON 文档或 Chrome 跟踪</translation>
    </message>
    <message>
        <source>Write the study report of a bundle (HTML, Markdown, figures, tables)</source>
        <translation>生成结果包的研究报告（HTML、Markdown、图、表）</translation>
    </message>
    <message>
        <source>Export a result bundle for other tools: tidy CSV files (pandas, R, spreadsheets), one JSON document, or a Chrome trace (Perfetto).</source>
        <translation>导出结果包供其他工具使用：整齐的 CSV 文件（pandas、R、电子表格）、单个 JSON 文档或 Chrome 跟踪（Perfetto）。</translation>
    </message>
    <message>
        <source>csv (a folder of CSV files), json or trace.</source>
        <translation>csv（一个 CSV 文件夹）、json 或 trace。</translation>
    </message>
    <message>
        <source>Where to write: a folder for csv, a file for json and trace.</source>
        <translation>写入位置：csv 为文件夹，json 和 trace 为文件。</translation>
    </message>
    <message>
        <source>export needs one bundle, --format csv|json|trace and --out PATH.</source>
        <translation>export 需要一个结果包、--format csv|json|trace 和 --out PATH。</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n run(s).</source>
        <translation>
            <numerusform>已导出 %n 次运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>damaged record skipped: %1</source>
        <translation>已跳过损坏的记录：%1</translation>
    </message>
    <message>
        <source>Write the study report of a result bundle: report.html (self-contained), report.md, figures (SVG, PDF) and tables (CSV), beside the numbers the study published.</source>
        <translation>生成结果包的研究报告：report.html（自包含）、report.md、图（SVG、PDF）和表（CSV），并与论文发表的数字并列。</translation>
    </message>
    <message>
        <source>The report directory (created if needed).</source>
        <translation>报告目录（需要时创建）。</translation>
    </message>
    <message>
        <source>report needs one bundle and --out DIR.</source>
        <translation>report 需要一个结果包和 --out DIR。</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>GUI: with --open, show the bundle's report once it has loaded.</source>
        <translation>界面：与 --open 一起使用，结果包加载后显示其报告。</translation>
    </message>
    <message>
        <source>Compare every cell with a baseline (native, a browser, a cell, or a second bundle)</source>
        <translation>将每个单元与基线比较（原生、某个浏览器、某个单元或第二个结果包）</translation>
    </message>
    <message>
        <source>Write a chart of a bundle at a paper or slide size (PDF, SVG, PNG + CSV)</source>
        <translation>以论文或幻灯片尺寸输出结果包的图表（PDF、SVG、PNG + CSV）</translation>
    </message>
    <message>
        <source>The bundle (the baseline's, with a second bundle).</source>
        <translation>结果包（有第二个结果包时为基线所在的结果包）。</translation>
    </message>
    <message>
        <source>Optional: a second bundle whose cells are compared with the same cells of the first.</source>
        <translation>可选：第二个结果包，其单元与第一个结果包中相同的单元比较。</translation>
    </message>
    <message>
        <source>native, a browser (qtwebengine, chromium, firefox, grid) or a cell key.</source>
        <translation>native、某个浏览器（qtwebengine、chromium、firefox、grid）或单元键。</translation>
    </message>
    <message>
        <source>table, csv, md or json.</source>
        <translation>table、csv、md 或 json。</translation>
    </message>
    <message>
        <source>compare needs one or two bundles and --format table|csv|md|json.</source>
        <translation>compare 需要一个或两个结果包以及 --format table|csv|md|json。</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p（Holm）</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>更慢</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>更快</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>不显著</translation>
    </message>
    <message numerus="yes">
        <source>geometric mean ratio, %1: %2x over %n cell(s)</source>
        <translation>
            <numerusform>几何均值比，%1：%n 个单元为 %2 倍</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a chart of a result bundle at a publication size (PDF, SVG or PNG), with the data drawn as CSV beside it.</source>
        <translation>以出版尺寸输出结果包的图表（PDF、SVG 或 PNG），并在旁边写出所绘数据的 CSV。</translation>
    </message>
    <message>
        <source>The run to draw (latency, memory, responsiveness); default: the first run that has the data.</source>
        <translation>要绘制的运行（latency、memory、responsiveness）；默认：第一个有此数据的运行。</translation>
    </message>
    <message>
        <source>For browsers: %1.</source>
        <translation>用于 browsers：%1。</translation>
    </message>
    <message>
        <source>single (3.5 in), double (7.16 in), slide (10 in, 16:9), or WxHin / WxHmm.</source>
        <translation>single（3.5 英寸）、double（7.16 英寸）、slide（10 英寸，16:9），或 WxHin / WxHmm。</translation>
    </message>
    <message>
        <source>PNG resolution (default 300).</source>
        <translation>PNG 分辨率（默认 300）。</translation>
    </message>
    <message>
        <source>figure needs one bundle, --chart and --out FILE.</source>
        <translation>figure 需要一个结果包、--chart 和 --out FILE。</translation>
    </message>
    <message>
        <source>Unknown chart "%1": use %2.</source>
        <translation>未知图表“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>--dpi needs a whole number.</source>
        <translation>--dpi 需要一个整数。</translation>
    </message>
    <message>
        <source>Unknown metric "%1": use %2.</source>
        <translation>未知指标“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>No run in this bundle has data for the %1 chart.</source>
        <translation>此结果包中没有运行包含 %1 图表的数据。</translation>
    </message>
    <message>
        <source>No run "%1" in this bundle (`inferscope inspect` lists them).</source>
        <translation>此结果包中没有运行“%1”（`inferscope inspect` 会列出所有运行）。</translation>
    </message>
    <message>
        <source>The run %1 recorded nothing for the %2 chart.</source>
        <translation>运行 %1 没有记录 %2 图表所需的数据。</translation>
    </message>
    <message>
        <source>Resume a bundle with a changed plan: add this plan's runs to it.</source>
        <translation>用修改后的计划续跑结果包：把此计划的运行加入其中。</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2</source>
        <translation>无法读取计划 %1：%2</translation>
    </message>
    <message>
        <source>A damaged record was set aside in runs/damaged/ and its run is measured again: %1</source>
        <translation>一条损坏的记录已移至 runs/damaged/，其运行将重新测量：%1</translation>
    </message>
    <message>
        <source>The plan stopped: a run could not be stored (%1). Free space or fix the folder's permissions, then run the same command again to resume.</source>
        <translation>计划已停止：有一次运行无法保存（%1）。请释放磁盘空间或修正文件夹权限，然后再次运行同一命令以续跑。</translation>
    </message>
    <message>
        <source>Cannot write the summary: %1</source>
        <translation>无法写入摘要：%1</translation>
    </message>
    <message>
        <source>Machine drift: the probe timed before each repetition of %1 moved by %2%; compare its repetitions with care.</source>
        <translation>机器漂移：%1 每次重复前计时的探针变化了 %2%；比较其各次重复时请谨慎。</translation>
    </message>
    <message>
        <source>latency, memory or responsiveness (one run), browsers (every cell), compare (every cell against --baseline: a forest plot) or ecdf (the latency distributions of --run and --against).</source>
        <translation>latency、memory 或 responsiveness（单次运行），browsers（所有单元），compare（每个单元对比 --baseline：森林图）或 ecdf（--run 与 --against 的延迟分布）。</translation>
    </message>
    <message>
        <source>For compare: native, a browser or a cell (default native).</source>
        <translation>用于 compare：native、某个浏览器或某个单元（默认 native）。</translation>
    </message>
    <message>
        <source>For ecdf: the second run (default: the next run with samples).</source>
        <translation>用于 ecdf：第二次运行（默认：下一个有样本的运行）。</translation>
    </message>
    <message>
        <source>No cell has samples on both sides of the comparison against %1.</source>
        <translation>与 %1 的比较中，没有单元在两侧都有样本。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s): the figure is %1 pt tall to keep one readable row per cell.</source>
        <translation>
            <numerusform>%n 个单元：图高 %1 pt，使每个单元占一行清晰可读。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ecdf chart needs two runs with samples (--run and --against; `inferscope inspect` lists them).</source>
        <translation>ecdf 图需要两次有样本的运行（--run 与 --against；`inferscope inspect` 会列出它们）。</translation>
    </message>
    <message>
        <source>SIMD</source>
        <translation>SIMD</translation>
    </message>
    <message>
        <source>no SIMD</source>
        <translation>无 SIMD</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>threads (not isolated)</source>
        <translation>线程（未跨源隔离）</translation>
    </message>
    <message>
        <source>no threads</source>
        <translation>无线程</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>无：%1</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source> (fallback)</source>
        <translation>（后备）</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>Also ask each browser what it offers: wasm SIMD and threads, the WebGL renderer, the WebGPU adapter, WebNN (opens each browser once).</source>
        <translation>同时询问每个浏览器提供的能力：wasm SIMD 与线程、WebGL 渲染器、WebGPU 适配器、WebNN（每个浏览器打开一次）。</translation>
    </message>
    <message>
        <source>wasm</source>
        <translation>wasm</translation>
    </message>
    <message>
        <source>WebGL 2 renderer</source>
        <translation>WebGL 2 渲染器</translation>
    </message>
    <message>
        <source>WebGPU adapter</source>
        <translation>WebGPU 适配器</translation>
    </message>
    <message>
        <source>WebNN</source>
        <translation>WebNN</translation>
    </message>
    <message>
        <source>TTFT ms</source>
        <translation>首词元 毫秒</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <source>PSS KB/token</source>
        <translation>PSS KB/词元</translation>
    </message>
    <message>
        <source>tokens vs native</source>
        <translation>与原生相比的词元</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <source>differ from position %1</source>
        <translation>自位置 %1 起不同</translation>
    </message>
    <message>
        <source>video fps idle</source>
        <translation>视频 fps 空闲</translation>
    </message>
    <message>
        <source>video fps busy</source>
        <translation>视频 fps 繁忙</translation>
    </message>
    <message>
        <source>callbacks/s busy</source>
        <translation>繁忙时回调/秒</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>one repetition: no verdict</source>
        <translation>仅一次重复：不下结论</translation>
    </message>
    <message>
        <source>* one repetition on a side: the interval is within that run only and says nothing of run-to-run variation; no verdict</source>
        <translation>* 一侧仅有一次重复：区间只反映该次运行内部，不包含运行之间的波动；不下结论</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>held</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>漂移</translation>
    </message>
    <message>
        <source>* one run: the interval is within that run only; run-to-run variation needs repetitions (plan "repetitions")</source>
        <translation>* 仅一次运行：区间只反映该次运行内部；运行之间的波动需要重复（计划中的 "repetitions"）</translation>
    </message>
    <message>
        <source>Adaptive repetitions: %1 to %2 per cell, until each cell's 95% interval is within ±%3% of its median</source>
        <translation>自适应重复：每个单元 %1 到 %2 次，直到每个单元的 95% 区间落在其中位数的 ±%3% 以内</translation>
    </message>
    <message numerus="yes">
        <source>Adaptive repetitions, round %1: %n cell(s) still wider than ±%2%, %3 more run(s)</source>
        <translation>
            <numerusform>自适应重复，第 %1 轮：%n 个单元的区间仍宽于 ±%2%，再运行 %3 次</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>约 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>约 %1 秒</translation>
    </message>
    <message>
        <source>Check the plan and say what it would run and how long it would take; measure nothing.</source>
        <translation>检查计划并说明将运行什么、需要多长时间；不做任何测量。</translation>
    </message>
    <message>
        <source>Refuse to start when a model the plan needs is not in the cache, instead of fetching it first.</source>
        <translation>当计划所需的模型不在缓存中时拒绝开始，而不是先获取它。</translation>
    </message>
    <message>
        <source>Plan %1: %2 cells, %3 runs</source>
        <translation>计划 %1：%2 个单元，%3 次运行</translation>
    </message>
    <message>
        <source>(adaptive: up to %1)</source>
        <translation>（自适应：最多 %1）</translation>
    </message>
    <message>
        <source>estimated %1 (runs estimated from their own cell's earlier runs here: %2; from cells of the same model and browser: %3; from the policy alone: %4)</source>
        <translation>预计 %1（按本机同一单元以往运行估计的运行：%2；按相同模型和浏览器的单元估计：%3；仅按策略估计：%4）</translation>
    </message>
    <message>
        <source>Model %1 is not in the cache: it would be fetched or built before the first run.</source>
        <translation>模型 %1 不在缓存中：会在第一次运行之前获取或构建。</translation>
    </message>
    <message>
        <source>Not in the model cache: %1. Fetch them with `inferscope models fetch %2`, or run without --no-fetch.</source>
        <translation>不在模型缓存中：%1。请用 `inferscope models fetch %2` 获取，或不加 --no-fetch 运行。</translation>
    </message>
    <message>
        <source>not in the cache: fetching or building it before the first run</source>
        <translation>不在缓存中：在第一次运行之前获取或构建</translation>
    </message>
    <message>
        <source>Cannot fetch %1, which the plan needs: %2</source>
        <translation>无法获取计划所需的 %1：%2</translation>
    </message>
    <message>
        <source>Chromium (Debian package chromium)</source>
        <translation>Chromium（Debian 软件包 chromium）</translation>
    </message>
    <message>
        <source>Firefox (Debian package firefox-esr)</source>
        <translation>Firefox（Debian 软件包 firefox-esr）</translation>
    </message>
    <message>
        <source>Not installed, and the plan runs in it: %1.</source>
        <translation>未安装，但计划要在其中运行：%1。</translation>
    </message>
    <message>
        <source>The plan runs in browsers this machine does not have: %1. Install them (bash scripts/setup.sh installs both) or take them out of the plan's "browsers".</source>
        <translation>计划要在本机没有的浏览器中运行：%1。请安装它们（bash scripts/setup.sh 会安装这两个），或将它们从计划的 "browsers" 中移除。</translation>
    </message>
    <message>
        <source>Expected unsupported (as when it last ran here): %1: %2</source>
        <translation>预计不受支持（与上次在本机运行时相同）：%1：%2</translation>
    </message>
    <message>
        <source>Unknown --panels "%1": use none or %2.</source>
        <translation>未知的 --panels "%1"：请使用 none 或 %2。</translation>
    </message>
    <message>
        <source>Unknown --scale "%1": use auto, linear or log.</source>
        <translation>未知的 --scale "%1"：请使用 auto、linear 或 log。</translation>
    </message>
    <message>
        <source>--%1 needs DIMENSION=VALUE[,VALUE...] with a dimension of %2.</source>
        <translation>--%1 需要 DIMENSION=VALUE[,VALUE...]，维度为 %2 之一。</translation>
    </message>
    <message>
        <source>%1 panels on %2 pages of %3 x %4 pt.</source>
        <translation>%1 个面板，共 %2 页，每页 %3 x %4 pt。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed or unsupported cell(s) not drawn (--show-failed draws them).</source>
        <translation>
            <numerusform>%n 个失败或不支持的单元未绘制（--show-failed 可绘制）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The figure: .pdf, .svg or .png (FILE.csv is written beside it); browsers panels that need more than one page are written as FILE-1, FILE-2, ...</source>
        <translation>图：.pdf、.svg 或 .png（旁边写入 FILE.csv）；需要多页的 browsers 面板写为 FILE-1、FILE-2……</translation>
    </message>
    <message>
        <source>For browsers: one panel per value of %1, or none (default model).</source>
        <translation>用于 browsers：按 %1 的每个取值分面板，或 none（默认 model）。</translation>
    </message>
    <message>
        <source>For browsers: each browser's best configuration per panel, against native.</source>
        <translation>用于 browsers：每个面板中各浏览器的最佳配置，与原生对比。</translation>
    </message>
    <message>
        <source>For browsers: auto (logarithmic where a panel spans more than a decade), linear or log.</source>
        <translation>用于 browsers：auto（面板数值跨度超过一个数量级时用对数轴）、linear 或 log。</translation>
    </message>
    <message>
        <source>For browsers: configurations ordered by value, best first.</source>
        <translation>用于 browsers：按数值排序配置，最佳在前。</translation>
    </message>
    <message>
        <source>For browsers: draw failed and unsupported configurations as empty slots named by their status.</source>
        <translation>用于 browsers：将失败和不支持的配置绘制为标注其状态的空位。</translation>
    </message>
    <message>
        <source>For browsers: keep only these values, e.g. browser=chromium,firefox (repeatable).</source>
        <translation>用于 browsers：只保留这些值，例如 browser=chromium,firefox（可重复）。</translation>
    </message>
    <message>
        <source>For browsers: leave these values out, e.g. backend=webgl (repeatable).</source>
        <translation>用于 browsers：排除这些值，例如 backend=webgl（可重复）。</translation>
    </message>
    <message>
        <source>No cell of %1 has a counterpart with samples in %2: nothing to compare (their cells differ in model, runtime, backend, threads, SIMD, placement or workload).</source>
        <translation>%1 中没有任何单元在 %2 中有带样本的对应单元：无可比较（它们的单元在模型、运行时、后端、线程、SIMD、放置位置或工作负载上不同）。</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>未分辨</translation>
    </message>
    <message>
        <source>--value takes NAME=V with a number V, not "%1".</source>
        <translation>--value 的格式为 NAME=V，V 为数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>import: NAME=V feeds input NAME the value V in every element, in the reference and every run (a configuration input such as a sample rate; repeatable).</source>
        <translation>import：NAME=V 让输入 NAME 的每个元素都取值 V，参考数据和每次运行都如此（配置类输入，例如采样率；可重复）。</translation>
    </message>
    <message>
        <source>--state takes OUTPUT=INPUT (the output fed back as that input), not "%1".</source>
        <translation>--state 的格式为 OUTPUT=INPUT（该输出作为该输入回送），而不是“%1”。</translation>
    </message>
    <message>
        <source>import: OUTPUT's values depend on tie-breaking (boxes, scores or classes after non-maximum suppression): fidelity compares it as a set and marks it (repeatable).</source>
        <translation>import：OUTPUT 的取值取决于并列时的取舍（非极大值抑制之后的框、分数或类别）：保真度按集合比较并加以标注（可重复）。</translation>
    </message>
    <message>
        <source>import: OUTPUT=INPUT feeds output OUTPUT back as input INPUT after every inference (recurrent state; INPUT starts each run at its --value, else zeros; repeatable).</source>
        <translation>import：OUTPUT=INPUT 在每次推理后把输出 OUTPUT 回送为输入 INPUT（循环状态；INPUT 在每次运行开始时取其 --value，否则为零；可重复）。</translation>
    </message>
    <message>
        <source>Compare every cell of a bundle with a baseline: ratio of medians with its 95% CI, Welch's t over the repetitions' medians with Holm's correction, geometric mean per group.</source>
        <translation>将包中的每个单元与基线比较：中位数之比及其 95% 置信区间、对各次重复中位数的 Welch t 检验（Holm 校正）、每组的几何平均。</translation>
    </message>
</context>
<context>
    <name>ComparisonPanels</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>放置位置</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n 线程</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle has no cells.</source>
        <translation>该结果包没有单元。</translation>
    </message>
    <message>
        <source>No cell has this metric among those the filters keep.</source>
        <translation>筛选保留的单元中没有此指标。</translation>
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
    <message>
        <source>A resolution of %1 DPI is out of range (72 to 2400).</source>
        <translation>分辨率 %1 DPI 超出范围（72 至 2400）。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the figure: %1.</source>
        <translation>无法写入图：%1。</translation>
    </message>
</context>
<context>
    <name>FigurePreset</name>
    <message>
        <source>The size %1 is out of range: each side from 1 to 40 in (25.4 to 1016 mm).</source>
        <translation>尺寸 %1 超出范围：每边 1 至 40 英寸（25.4 至 1016 毫米）。</translation>
    </message>
    <message>
        <source>Unknown preset "%1": use single, double, slide, or a size such as 4x3in or 120x80mm.</source>
        <translation>未知预设“%1”：请使用 single、double、slide，或 4x3in、120x80mm 这样的尺寸。</translation>
    </message>
</context>
<context>
    <name>OperatorView</name>
    <message>
        <source>No operator profile: %1</source>
        <translation>没有算子剖析：%1</translation>
    </message>
    <message>
        <source>Time per inference, profiling pass (ms)</source>
        <translation>每次推理的时间，剖析轮（毫秒）</translation>
    </message>
    <message>
        <source>Operator (fused variants with their family)</source>
        <translation>算子（融合变体归入其所属类别）</translation>
    </message>
    <message>
        <source>No operator profile for this cell: tick "Profile operators" in New experiment… (plan field "profile": true) to time each operator in a separate pass after the timed samples.</source>
        <translation>此单元没有算子剖析：在“新建实验…”中勾选“剖析算子”（计划字段 "profile": true），在计时样本之后单独一轮测量每个算子的时间。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Prediction latency (median, 95% CI) per configuration and browser: wasm, SIMD on, main thread.</source>
        <translation>各配置与浏览器的预测延迟（中位数，95% 置信区间）：wasm、开启 SIMD、主线程。</translation>
    </message>
    <message>
        <source>Slowdown against native ONNX Runtime at the same thread count (ratio of medians, 95% CI).</source>
        <translation>相对同线程数原生 ONNX Runtime 的减速（中位数之比，95% 置信区间）。</translation>
    </message>
    <message>
        <source>Peak PSS of each browser's process tree while the model ran.</source>
        <translation>模型运行期间各浏览器进程树的 PSS 峰值。</translation>
    </message>
    <message>
        <source>Memory growth over the model's file size (peak PSS minus the baseline before the runtime loaded).</source>
        <translation>内存增长与模型文件大小之比（PSS 峰值减去运行时加载前的基线）。</translation>
    </message>
    <message>
        <source>Input delay p95 while the model loads and runs (end to end from the driver's click).</source>
        <translation>模型加载和运行期间的输入延迟 p95（从驱动发出点击起的端到端延迟）。</translation>
    </message>
    <message>
        <source>GUI-workload steps: increase of their median time while inferring, in percent.</source>
        <translation>GUI 工作负载步骤：推理期间其中位时间的增幅（百分比）。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>SIMD</source>
        <translation>SIMD</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>执行位置</translation>
    </message>
    <message>
        <source>Headline: ours beside the study</source>
        <translation>要点：我们的结果与论文并列</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>study</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>ours / study</source>
        <translation>本机 / 论文</translation>
    </message>
    <message>
        <source>study source</source>
        <translation>论文出处</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Latency by stage</source>
        <translation>各阶段延迟</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>fetch ms</source>
        <translation>下载 ms</translation>
    </message>
    <message>
        <source>setup ms</source>
        <translation>初始化 ms</translation>
    </message>
    <message>
        <source>first inference ms</source>
        <translation>首次推理 ms</translation>
    </message>
    <message>
        <source>warm-up to steady ms</source>
        <translation>预热至稳态 ms</translation>
    </message>
    <message>
        <source>prediction median ms</source>
        <translation>预测中位数 ms</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>first / prediction</source>
        <translation>首次 / 预测</translation>
    </message>
    <message>
        <source>Slowdown against native ONNX Runtime</source>
        <translation>相对原生 ONNX Runtime 的减速</translation>
    </message>
    <message>
        <source>slowdown</source>
        <translation>减速</translation>
    </message>
    <message>
        <source>Average slowdown, computed the way the study did</source>
        <translation>按论文方法计算的平均减速</translation>
    </message>
    <message>
        <source>models</source>
        <translation>模型数</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>geometric mean</source>
        <translation>几何均值</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>SIMD x threads ablation (prediction medians)</source>
        <translation>SIMD × 线程消融（预测中位数）</translation>
    </message>
    <message>
        <source>plain ms</source>
        <translation>基础 ms</translation>
    </message>
    <message>
        <source>+threads ms</source>
        <translation>+线程 ms</translation>
    </message>
    <message>
        <source>+SIMD ms</source>
        <translation>+SIMD ms</translation>
    </message>
    <message>
        <source>+both ms</source>
        <translation>+两者 ms</translation>
    </message>
    <message>
        <source>threads speed-up</source>
        <translation>线程加速</translation>
    </message>
    <message>
        <source>SIMD speed-up</source>
        <translation>SIMD 加速</translation>
    </message>
    <message>
        <source>both speed-up</source>
        <translation>两者加速</translation>
    </message>
    <message>
        <source>threads speed-up with SIMD</source>
        <translation>开启 SIMD 时的线程加速</translation>
    </message>
    <message>
        <source>why no plain wasm</source>
        <translation>无基础 wasm 的原因</translation>
    </message>
    <message>
        <source>The study's ResNet50 (4 threads): TF.js threads 1.21x, SIMD 3.17x, both 5.69x; ONNX Runtime Web threads 0.31x, SIMD 1.10x, both 2.30x over plain wasm.</source>
        <translation>论文的 ResNet50（4 线程）：相对基础 wasm，TF.js 线程 1.21 倍、SIMD 3.17 倍、两者 5.69 倍；ONNX Runtime Web 线程 0.31 倍、SIMD 1.10 倍、两者 2.30 倍。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>model MB</source>
        <translation>模型 MB</translation>
    </message>
    <message>
        <source>baseline PSS MB</source>
        <translation>基线 PSS MB</translation>
    </message>
    <message>
        <source>peak PSS MB</source>
        <translation>峰值 PSS MB</translation>
    </message>
    <message>
        <source>PSS growth / model</source>
        <translation>PSS 增长 / 模型</translation>
    </message>
    <message>
        <source>peak JS heap MB</source>
        <translation>JS 堆峰值 MB</translation>
    </message>
    <message>
        <source>peak JS heap / model (study's metric)</source>
        <translation>JS 堆峰值 / 模型（论文指标）</translation>
    </message>
    <message>
        <source>The study: up to 334.6x (ESRGAN on TF.js wasm, JS heap); MobileNetV2 7.2x, ResNet50 3.0x, MoveNet 10.7x. The JS heap of a Web Worker placement is not included (the page's main thread only).</source>
        <translation>论文：最高 334.6 倍（ESRGAN，TF.js wasm，JS 堆）；MobileNetV2 7.2 倍，ResNet50 3.0 倍，MoveNet 10.7 倍。Web Worker 放置的 JS 堆不包括在内（仅页面主线程）。</translation>
    </message>
    <message>
        <source>Responsiveness and smoothness</source>
        <translation>响应性与流畅度</translation>
    </message>
    <message>
        <source>input p95 idle ms</source>
        <translation>空闲输入 p95 ms</translation>
    </message>
    <message>
        <source>input p95 busy ms</source>
        <translation>繁忙输入 p95 ms</translation>
    </message>
    <message>
        <source>fps idle</source>
        <translation>空闲 fps</translation>
    </message>
    <message>
        <source>fps busy</source>
        <translation>繁忙 fps</translation>
    </message>
    <message>
        <source>GUI workload increase</source>
        <translation>GUI 工作负载增幅</translation>
    </message>
    <message>
        <source>Fidelity against the reference outputs</source>
        <translation>相对参考输出的保真度</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>输出数</translation>
    </message>
    <message>
        <source>max abs error</source>
        <translation>最大绝对误差</translation>
    </message>
    <message>
        <source>min cosine</source>
        <translation>最小余弦相似度</translation>
    </message>
    <message>
        <source>top-1 agreement</source>
        <translation>top-1 一致率</translation>
    </message>
    <message>
        <source>Runs that did not produce a measurement, by reason</source>
        <translation>未产生测量结果的运行（按原因）</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Nothing in this bundle measured it.</source>
        <translation>此结果包中没有测量此项。</translation>
    </message>
    <message>
        <source>Plan: %1 (seed %2, %3 repetition(s) per cell, %4 runs in the bundle).</source>
        <translation>计划：%1（种子 %2，每个单元 %3 次重复，结果包中 %4 次运行）。</translation>
    </message>
    <message>
        <source>Sample policy: warm-up at least %1 ms and until the last 10 samples vary less than 5% (at most %2 ms), then %3 prediction samples (at most %4 ms); a run times out after %5 ms.</source>
        <translation>采样策略：预热至少 %1 ms 且直到最近 10 个样本的变异小于 5%（最多 %2 ms），然后采集 %3 个预测样本（最多 %4 ms）；单次运行 %5 ms 后超时。</translation>
    </message>
    <message>
        <source>Browsers: %1. Runtimes: %2. InferScope %3, bundle created %4.</source>
        <translation>浏览器：%1。运行时：%2。InferScope %3，结果包创建于 %4。</translation>
    </message>
    <message>
        <source>InferScope report: %1</source>
        <translation>InferScope 报告：%1</translation>
    </message>
    <message>
        <source>Beside: %1</source>
        <translation>对照：%1</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>图</translation>
    </message>
    <message>
        <source>Runs the plan asked for that are not in the bundle</source>
        <translation>计划要求但不在结果包中的运行</translation>
    </message>
    <message>
        <source>Memory timeline of %1, the run whose process tree grew most: PSS of the browser's process tree by process type, baseline and peak marked.</source>
        <translation>%1 的内存时间线（进程树增长最多的运行）：按进程类型划分的浏览器进程树 PSS，标出基线与峰值。</translation>
    </message>
    <message>
        <source>Machine drift: a fixed memory-bound probe timed before each of %1 runs took %2 to %3 ms (median %4 ms); a cell whose repetitions saw it move by more than 10% is flagged in the summary (machine_drift_flag).</source>
        <translation>机器漂移：在 %1 次运行之前各计时一次的固定内存密集型探针耗时 %2 至 %3 毫秒（中位数 %4 毫秒）；若某单元的各次重复中探针变化超过 10%，摘要中会标记该单元（machine_drift_flag）。</translation>
    </message>
    <message>
        <source>Video workload: frames of a 30 fps clip the browser presented per second while the model loaded and ran.</source>
        <translation>视频负载：模型加载和运行期间浏览器每秒呈现的 30 fps 片段帧数。</translation>
    </message>
    <message>
        <source>video fps idle</source>
        <translation>视频 fps 空闲</translation>
    </message>
    <message>
        <source>video fps busy</source>
        <translation>视频 fps 繁忙</translation>
    </message>
    <message>
        <source>The study: GUI components took 67.2% longer to render while inference ran. Video fps: frames of the video workload's 30 fps clip the browser presented per second.</source>
        <translation>论文：推理运行时 GUI 组件的渲染时间增加 67.2%。视频 fps：浏览器每秒呈现的视频负载 30 fps 片段的帧数。</translation>
    </message>
    <message>
        <source>Generative decoding (token by token with a KV cache)</source>
        <translation>生成式解码（借助 KV 缓存逐词元生成）</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>new tokens</source>
        <translation>新词元</translation>
    </message>
    <message>
        <source>time to first token ms</source>
        <translation>首个词元时间 毫秒</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <source>end-to-end tokens/s</source>
        <translation>端到端词元/秒</translation>
    </message>
    <message>
        <source>decode slowdown vs native</source>
        <translation>解码相对原生的减速</translation>
    </message>
    <message>
        <source>PSS KB per token</source>
        <translation>每词元 PSS KB</translation>
    </message>
    <message>
        <source>tokens vs native</source>
        <translation>与原生相比的词元</translation>
    </message>
    <message>
        <source>Beyond the study, which measured one-shot models. Greedy decoding of one seeded prompt; wasm must give the native ids token for token, and a divergence names its first position.</source>
        <translation>超出论文范围（论文只测量一次性推理的模型）。对一个带种子的提示做贪心解码；wasm 必须逐词元给出与原生相同的 id，若有分歧则给出第一个不同的位置。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Each median is the geometric mean of its runs' medians; the 95% CI treats the run as the unit (two-level bootstrap with Student's t, docs/STATISTICS.md).</source>
        <translation>每个中位数是其各次运行中位数的几何平均；95% 置信区间以运行为单位（两级自助法加 Student t 分布，见 docs/STATISTICS.md）。</translation>
    </message>
    <message>
        <source>Rows with 1 run: the interval is within that run only and leaves out run-to-run variation.</source>
        <translation>只有 1 次运行的行：区间只反映该次运行内部，不包含运行之间的波动。</translation>
    </message>
    <message>
        <source>The study's warm-up is the first inference; here warm-up runs until the series is steady, timed separately. </source>
        <translation>论文的预热是第一次推理；这里预热一直运行到序列稳定，并单独计时。</translation>
    </message>
    <message>
        <source>Every browser cell's median over the native ONNX Runtime median of the same model at the same thread count.</source>
        <translation>每个浏览器单元的中位数除以同一模型、同一线程数的原生 ONNX Runtime 中位数。</translation>
    </message>
    <message>
        <source>The study: 16.9x on average over both frameworks (50 PCs, Chrome, 4 threads); per model 2.1x to 36.4x for ONNX Runtime Web and 3.7x to 18.4x for TF.js.</source>
        <translation>论文：两个框架平均 16.9 倍（50 台 PC，Chrome，4 线程）；按模型计，ONNX Runtime Web 为 2.1 至 36.4 倍，TF.js 为 3.7 至 18.4 倍。</translation>
    </message>
    <message>
        <source>Cells measured while the machine drifted</source>
        <translation>机器漂移期间测量的单元</translation>
    </message>
    <message>
        <source>probe moved</source>
        <translation>探针变化</translation>
    </message>
    <message>
        <source>95% CI ± %</source>
        <translation>95% 置信区间 ± %</translation>
    </message>
    <message>
        <source>A fixed memory-bound probe is timed before every run; these cells' repetitions saw it move by more than 10%, so part of their spread is the machine's (their intervals over repetitions include it).</source>
        <translation>每次运行前都会为一个固定的内存受限探针计时；这些单元的各次重复中探针变化超过 10%，因此其离散的一部分来自机器本身（其基于重复的区间已包含这部分）。</translation>
    </message>
    <message>
        <source>Debian's Chromium</source>
        <translation>Debian 的 Chromium</translation>
    </message>
    <message>
        <source>Firefox ESR</source>
        <translation>Firefox ESR</translation>
    </message>
    <message>
        <source>the embedded QtWebEngine</source>
        <translation>内嵌的 QtWebEngine</translation>
    </message>
    <message>
        <source>a remote WebDriver browser</source>
        <translation>远程 WebDriver 浏览器</translation>
    </message>
    <message>
        <source>What differs from the study: it ran Chrome (TF.js 4.2, ONNX Runtime Web 1.14) on 50 PCs and trained models; this report is one machine, %1, current runtimes, and the zoo's models (several with random weights: speed and memory do not depend on the weights' values).</source>
        <translation>与论文的不同：论文在 50 台 PC 上用 Chrome（TF.js 4.2、ONNX Runtime Web 1.14）运行训练好的模型；本报告是一台机器、%1、当前的运行时以及模型库中的模型（其中几个为随机权重：速度和内存与权重取值无关）。</translation>
    </message>
    <message>
        <source>no browser</source>
        <translation>无浏览器</translation>
    </message>
    <message>
        <source>WebGL and WebGPU here run on software rasterisers (marked "software"): they show the backends work, not GPU speed.</source>
        <translation>这里的 WebGL 和 WebGPU 运行在软件光栅化器上（标记为 "software"）：它们表明后端可用，而不代表 GPU 速度。</translation>
    </message>
    <message>
        <source>(page %1 of %2)</source>
        <translation>（第 %1 页，共 %2 页）</translation>
    </message>
    <message>
        <source>Machine: %1, %2 logical cores, %3 GiB memory, %4; SIMD extensions: %5.</source>
        <translation>机器：%1，%2 个逻辑核心，%3 GiB 内存，%4；SIMD 扩展：%5。</translation>
    </message>
    <message>
        <source>Quantized models against their float models</source>
        <translation>量化模型与其浮点模型的对比</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>float model</source>
        <translation>浮点模型</translation>
    </message>
    <message>
        <source>median ms</source>
        <translation>中位数 ms</translation>
    </message>
    <message>
        <source>speed-up over float</source>
        <translation>相对浮点的加速比</translation>
    </message>
    <message>
        <source>min cosine vs float</source>
        <translation>与浮点相比的最小余弦</translation>
    </message>
    <message>
        <source>top-1 agreement vs float</source>
        <translation>与浮点的 top-1 一致率</translation>
    </message>
    <message>
        <source>Each quantized cell's median against the float model's cell of the same configuration (above 1: faster), with the repetition as the unit; the outputs against the float model's on 20 seeded inputs, from the model's reference run (native ONNX Runtime). The zoo's networks have random weights, whose class scores lie close together: the arg max changes with small errors, the cosine says how close the scores stay.</source>
        <translation>每个量化单元的中位数与同一配置下浮点模型单元的中位数之比（大于 1 表示更快），以重复为单位；输出与浮点模型输出的比较来自模型的参考运行（原生 ONNX Runtime），基于 20 个带种子的输入。模型库中的网络权重是随机的，其类别分数彼此接近：微小误差就会改变最大值位置，余弦则说明分数保持得有多接近。</translation>
    </message>
    <message>
        <source>order-dependent outputs</source>
        <translation>顺序相关的输出</translation>
    </message>
    <message>
        <source>min set overlap</source>
        <translation>最小集合重合度</translation>
    </message>
    <message>
        <source>Integer outputs (indices) and outputs the catalog marks order-dependent (after non-maximum suppression) are counted apart: tie-breaking among near-equal scores decides them, so they are compared as sets.</source>
        <translation>整数输出（索引）以及目录标为顺序相关的输出（非极大值抑制之后）单独计数：它们由近似相等分数之间的取舍决定，因此按集合比较。</translation>
    </message>
    <message>
        <source>tie-breaking among near-equal scores chose other values (an order-dependent output)</source>
        <translation>近似相等分数之间的取舍选出了其他值（顺序相关的输出）</translation>
    </message>
    <message>
        <source>the numbers differ (cosine under 0.999)</source>
        <translation>数值不同（余弦低于 0.999）</translation>
    </message>
    <message>
        <source>Outputs that differ from the reference</source>
        <translation>与参考不同的输出</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Each output compared by name with the reference output of the same name.</source>
        <translation>每个输出按名称与同名的参考输出比较。</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>whiskers: 95% CI within one run</source>
        <translation>误差线：单次运行内的 95% 置信区间</translation>
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
    <name>inferscope::app::BrowsersTab</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Open a bundle to compare its browsers side by side.</source>
        <translation>打开结果包以并排比较其浏览器。</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>全部显示</translation>
    </message>
    <message numerus="yes">
        <source>Filter (%n hidden)</source>
        <translation>
            <numerusform>筛选（已隐藏 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message numerus="yes">
        <source>%n failed or unsupported not drawn</source>
        <translation>
            <numerusform>%n 个失败或不支持的未绘制</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>比较：</translation>
    </message>
    <message>
        <source>Panels:</source>
        <translation>面板：</translation>
    </message>
    <message>
        <source>one for all</source>
        <translation>全部合一</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>按%1</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>every configuration</source>
        <translation>所有配置</translation>
    </message>
    <message>
        <source>each browser's best against native</source>
        <translation>各浏览器最佳配置对比原生</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>刻度：</translation>
    </message>
    <message>
        <source>auto (log past a decade)</source>
        <translation>自动（跨度超过一个数量级时用对数）</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>logarithmic</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Sort by value</source>
        <translation>按数值排序</translation>
    </message>
    <message>
        <source>Show failed</source>
        <translation>显示失败项</translation>
    </message>
    <message>
        <source>Failed and unsupported configurations as empty slots named by their status</source>
        <translation>失败和不支持的配置显示为标注其状态的空位</translation>
    </message>
    <message>
        <source>Export four panels…</source>
        <translation>导出四联图…</translation>
    </message>
    <message>
        <source>Latency, slowdown, peak memory and input delay of these cells as one double-column figure with panels (a) to (d) and the data drawn as CSV</source>
        <translation>将这些单元的延迟、减速、内存峰值和输入延迟导出为一张双栏图（分图 (a) 至 (d)），并附所绘数据的 CSV</translation>
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
        <source>Run A:</source>
        <translation>运行 A：</translation>
    </message>
    <message>
        <source>Run B:</source>
        <translation>运行 B：</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>Second bundle (after)</source>
        <translation>第二个结果包（之后）</translation>
    </message>
    <message>
        <source>The second bundle could not be opened.</source>
        <translation>无法打开第二个结果包。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>更慢</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>更快</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>无样本</translation>
    </message>
    <message numerus="yes">
        <source>%1: geometric mean %2× over %n cell(s)</source>
        <translation>
            <numerusform>%1：%n 个单元的几何均值为 %2×</numerusform>
        </translation>
    </message>
    <message>
        <source>native baseline (same model and thread count)</source>
        <translation>原生基线（相同模型和线程数）</translation>
    </message>
    <message>
        <source>browser: %1 (same configuration)</source>
        <translation>浏览器：%1（相同配置）</translation>
    </message>
    <message>
        <source>cell: %1</source>
        <translation>单元：%1</translation>
    </message>
    <message>
        <source>Two runs</source>
        <translation>两次运行</translation>
    </message>
    <message>
        <source>Against a baseline</source>
        <translation>与基线比较</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>基线：</translation>
    </message>
    <message>
        <source>Back to one bundle</source>
        <translation>回到单个结果包</translation>
    </message>
    <message>
        <source>Compare with a second bundle…</source>
        <translation>与第二个结果包比较…</translation>
    </message>
    <message>
        <source>Each cell of %1 against the same cell of the open bundle.</source>
        <translation>%1 的每个单元与已打开结果包中的相同单元比较。</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p（Holm）</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>baseline: %1</source>
        <translation>基线：%1</translation>
    </message>
    <message>
        <source>Ratios (forest plot)</source>
        <translation>比值（森林图）</translation>
    </message>
    <message>
        <source>Distributions of the selected rows</source>
        <translation>所选行的分布</translation>
    </message>
    <message>
        <source>one repetition: no verdict</source>
        <translation>仅一次重复：不下结论</translation>
    </message>
    <message>
        <source>%1 within one run</source>
        <translation>%1（单次运行内）</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Pick two runs of the open bundle. InferScope compares their steady-state samples: the ratio of medians with a 95% bootstrap confidence interval, and a Mann-Whitney U test (no normality assumed). Two single runs are compared inference by inference: this cannot tell the machine's run-to-run drift from a real difference. For claims, compare cells with repetitions under "Against a baseline". Open a bundle on the Results page first.</source>
        <translation>选择已打开结果包中的两次运行。InferScope 比较它们的稳态样本：中位数之比及其 95% 自助法置信区间，以及 Mann-Whitney U 检验（不假设正态）。两次单独的运行逐次推理比较：这无法区分机器在运行之间的漂移与真实差异。要下结论，请在“对比基线”中比较有重复的单元。请先在“结果”页打开一个结果包。</translation>
    </message>
    <message>
        <source>Every cell against the baseline you choose. The repetition is the unit of evidence: a cell's estimate is the geometric mean of its runs' medians; the ratio's 95% interval comes from a two-level bootstrap with Welch's t over the repetitions, its p-value corrected for the number of comparisons (Holm), and a verdict is given only where the corrected p &lt; 0.05. A cell with one repetition gets its run's own interval and no verdict (docs/STATISTICS.md).</source>
        <translation>每个单元与所选基线比较。重复是证据的单位：单元的估计值是其各次运行中位数的几何平均；比值的 95% 区间来自两级自助法并在重复之间使用 Welch t，p 值按比较次数校正（Holm），仅当校正后 p &lt; 0.05 时才给出结论。只有一次重复的单元使用该次运行自身的区间，不给结论（docs/STATISTICS.md）。</translation>
    </message>
</context>
<context>
    <name>inferscope::app::ImportModelDialog</name>
    <message>
        <source>Choose a model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <source>Models (*.onnx *.json);;All files (*)</source>
        <translation>模型 (*.onnx *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the folder holding a model</source>
        <translation>选择包含模型的文件夹</translation>
    </message>
    <message>
        <source>Asking the runtime what the model takes…</source>
        <translation>正在询问运行时该模型需要什么输入…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The model leaves some dimensions open (?): give each a size, e.g. 1x3x224x224.</source>
        <translation>模型留有未定的维度（?）：请为每个维度给出大小，例如 1x3x224x224。</translation>
    </message>
    <message>
        <source>Leave empty for seeded random values; a number here is fed in every element of this input in the reference and every run (a configuration input such as a sample rate).</source>
        <translation>留空则使用带种子的随机值；在此填写数字，则参考数据和每次运行中该输入的每个元素都取此值（配置类输入，例如采样率）。</translation>
    </message>
    <message>
        <source>(not recurrent)</source>
        <translation>（非循环）</translation>
    </message>
    <message>
        <source>Recurrent state: the output fed back as this input after every inference. The input starts each run at its value (zeros when empty).</source>
        <translation>循环状态：每次推理后作为此输入回送的输出。该输入在每次运行开始时取其值（留空则为零）。</translation>
    </message>
    <message numerus="yes">
        <source>ONNX model, %n file(s)</source>
        <translation>
            <numerusform>ONNX 模型，%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TF.js graph model, %n file(s)</source>
        <translation>
            <numerusform>TF.js 图模型，%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TF.js layers model (Keras-style), %n file(s)</source>
        <translation>
            <numerusform>TF.js 层模型（Keras 风格），%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Input %1 needs a shape: the model leaves the dimensions marked ? open; type a size for each (e.g. 1x3x224x224).</source>
        <translation>输入 %1 需要形状：模型未确定标为 ? 的维度；请为每个维度填写大小（例如 1x3x224x224）。</translation>
    </message>
    <message>
        <source>Input %1 needs a shape of positive sizes such as 1x3x224x224, not "%2".</source>
        <translation>输入 %1 需要由正整数组成的形状，例如 1x3x224x224，而不是“%2”。</translation>
    </message>
    <message>
        <source>Input %1 has the fixed shape %2; the model cannot take %3.</source>
        <translation>输入 %1 的形状固定为 %2；模型无法接受 %3。</translation>
    </message>
    <message>
        <source>The value of input %1 must be a number, not "%2".</source>
        <translation>输入 %1 的值必须是数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>Choose an .onnx file, a TF.js model.json, or a folder holding one.</source>
        <translation>请选择一个 .onnx 文件、一个 TF.js model.json，或包含它们的文件夹。</translation>
    </message>
    <message>
        <source>The id may hold lower-case letters, digits and '-' (at most 64).</source>
        <translation>标识只能包含小写字母、数字和“-”（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Copying the model into the cache and running its reference inference…</source>
        <translation>正在把模型复制到缓存并运行其参考推理…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>Import refused, nothing changed: %1</source>
        <translation>导入被拒绝，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>An .onnx file, a TF.js model.json, or a folder holding one</source>
        <translation>一个 .onnx 文件、一个 TF.js model.json，或包含它们的文件夹</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>How plans name the model: lower-case letters, digits and '-'.</source>
        <translation>计划中引用该模型的名称：小写字母、数字和“-”。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Fed back from</source>
        <translation>回送自</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Copies the files into the model cache, hashes them and runs one reference inference; only a model that runs is added to the zoo.</source>
        <translation>把文件复制到模型缓存、计算哈希并运行一次参考推理；只有能运行的模型才会加入模型库。</translation>
    </message>
    <message>
        <source>Outputs whose values depend on tie-breaking (boxes, scores or classes after non-maximum suppression): tick them to compare them with the reference as sets. Integer outputs are treated so anyway.</source>
        <translation>取值取决于并列取舍的输出（非极大值抑制之后的框、分数或类别）：勾选后将按集合与参考比较。整数输出总是这样处理。</translation>
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
    <message>
        <source>about %1 min left</source>
        <translation>大约还剩 %1 分钟</translation>
    </message>
</context>
<context>
    <name>inferscope::app::MainWindow</name>
    <message numerus="yes">
        <source>Loaded %n run(s)</source>
        <translation>
            <numerusform>已加载 %n 次运行</numerusform>
        </translation>
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
    <message>
        <source>Select a run with latency samples to export its figure.</source>
        <translation>请选择一个有延迟样本的运行以导出其图表。</translation>
    </message>
    <message>
        <source>Recent &amp;Bundles</source>
        <translation>最近的结果包(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Bundles</source>
        <translation>清除最近的结果包(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Four &amp;Panels…</source>
        <translation>导出四面板图(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Compare Against a Baseline</source>
        <translation>与基线比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Not a result bundle: drop a bundle folder (it holds manifest.json).</source>
        <translation>不是结果包：请拖入结果包文件夹（其中含 manifest.json）。</translation>
    </message>
    <message>
        <source>Quit InferScope</source>
        <translation>退出 InferScope</translation>
    </message>
    <message>
        <source>A plan is measuring. Stop it and keep the runs it finished (the bundle resumes later), let it run to its end without the window, or go back?</source>
        <translation>计划正在测量。停止并保留已完成的运行（结果包之后可继续），让它在没有窗口的情况下运行到结束，还是返回？</translation>
    </message>
    <message>
        <source>Stop and keep the finished runs</source>
        <translation>停止并保留已完成的运行</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Cancelled: the finished runs are kept in %1. File &gt; Resume continues the plan.</source>
        <translation>已取消：已完成的运行保存在 %1 中。“文件 &gt; 继续”可继续该计划。</translation>
    </message>
    <message>
        <source>Could not open the bundle: %1</source>
        <translation>无法打开结果包：%1</translation>
    </message>
    <message>
        <source>&amp;New Experiment…</source>
        <translation>新建实验(&amp;N)…</translation>
    </message>
    <message>
        <source>Run Plan &amp;File…</source>
        <translation>运行计划文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Res&amp;ume Interrupted Plan…</source>
        <translation>继续中断的计划(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Save Plan of This Bundle…</source>
        <translation>保存此结果包的计划(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Setup</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>结果(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>&amp;Import Model…</source>
        <translation>导入模型(&amp;I)…</translation>
    </message>
    <message>
        <source>Add your own ONNX or TF.js model to the zoo</source>
        <translation>把您自己的 ONNX 或 TF.js 模型加入模型库</translation>
    </message>
</context>
<context>
    <name>inferscope::app::OperatorsTab</name>
    <message>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>ms per inference</source>
        <translation>每次推理毫秒数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Native ms</source>
        <translation>原生毫秒数</translation>
    </message>
    <message>
        <source>Browser / native</source>
        <translation>浏览器 / 原生</translation>
    </message>
</context>
<context>
    <name>inferscope::app::PlanBuilderDialog</name>
    <message>
        <source>Native baseline (ONNX Runtime on the CPU) for every ONNX model</source>
        <translation>为每个 ONNX 模型添加原生基线（CPU 上的 ONNX Runtime）</translation>
    </message>
    <message>
        <source>Responsiveness: inject clicks and time animation frames</source>
        <translation>响应性：注入点击并计时动画帧</translation>
    </message>
    <message>
        <source>Record a browser trace per run (Chromium, embedded, Grid)</source>
        <translation>每次运行记录浏览器跟踪（Chromium、内嵌、Grid）</translation>
    </message>
    <message>
        <source> clicks/s</source>
        <translation> 次点击/秒</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>新实验</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 MB%5</source>
        <translation>%1：%2，%3，%4 MB%5</translation>
    </message>
    <message>
        <source>What runs</source>
        <translation>运行什么</translation>
    </message>
    <message>
        <source>ONNX Runtime Web:</source>
        <translation>ONNX Runtime Web：</translation>
    </message>
    <message>
        <source>TensorFlow.js:</source>
        <translation>TensorFlow.js：</translation>
    </message>
    <message>
        <source>More threads than this machine has cores</source>
        <translation>线程数多于本机核心数</translation>
    </message>
    <message>
        <source>wasm threads:</source>
        <translation>wasm 线程：</translation>
    </message>
    <message>
        <source>main thread</source>
        <translation>主线程</translation>
    </message>
    <message>
        <source>Web Worker</source>
        <translation>Web Worker</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>放置：</translation>
    </message>
    <message>
        <source>embedded</source>
        <translation>内嵌</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Grid：</translation>
    </message>
    <message>
        <source>Browsers:</source>
        <translation>浏览器：</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>如何测量</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>重复次数：</translation>
    </message>
    <message>
        <source>Order seed:</source>
        <translation>顺序种子：</translation>
    </message>
    <message>
        <source>Warm-up at least:</source>
        <translation>预热至少：</translation>
    </message>
    <message>
        <source>Warm-up at most:</source>
        <translation>预热至多：</translation>
    </message>
    <message>
        <source>Samples per run:</source>
        <translation>每次运行样本数：</translation>
    </message>
    <message>
        <source>Timeout per run:</source>
        <translation>每次运行超时：</translation>
    </message>
    <message>
        <source>Save plan…</source>
        <translation>保存计划…</translation>
    </message>
    <message>
        <source>Load plan…</source>
        <translation>加载计划…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Models (the zoo; check one or more):</source>
        <translation>模型（模型库；勾选一个或多个）：</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n 个单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n 次重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Each run takes at least %1 s of warm-up.</source>
        <translation>每次运行至少预热 %1 秒。</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen model(s) will be fetched into the cache first.</source>
        <translation>
            <numerusform>所选的 %n 个模型将先获取到缓存中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>计划 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Load plan</source>
        <translation>加载计划</translation>
    </message>
    <message>
        <source>%1 is not a plan this builder can show: %2</source>
        <translation>%1 不是此构建器可显示的计划：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>GUI steps (TodoMVC-like)</source>
        <translation>GUI 步骤（类 TodoMVC）</translation>
    </message>
    <message>
        <source>Scripted DOM steps every 250 ms beside the model, timed idle and busy</source>
        <translation>与模型并行、每 250 ms 执行一次的脚本化 DOM 步骤，分别在空闲与繁忙时计时</translation>
    </message>
    <message>
        <source>animation</source>
        <translation>动画</translation>
    </message>
    <message>
        <source>A canvas animation every frame beside the model; its frame rate is measured</source>
        <translation>与模型并行、每帧绘制的 canvas 动画；测量其帧率</translation>
    </message>
    <message>
        <source>Page workload:</source>
        <translation>页面工作负载：</translation>
    </message>
    <message>
        <source>Choose at least one backend, thread count, placement, workload and browser.</source>
        <translation>请至少选择一个后端、线程数、放置方式、工作负载和浏览器。</translation>
    </message>
    <message>
        <source>also without SIMD</source>
        <translation>同时关闭 SIMD</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>A 30 fps clip, made in the page before it starts, plays beside the model; the frames the browser presents are counted</source>
        <translation>页面在开始前生成一段 30 fps 的片段，与模型同时播放；统计浏览器呈现的帧数</translation>
    </message>
    <message>
        <source>Also PyTorch (eager and TorchScript) for the zoo's generated models</source>
        <translation>另加 PyTorch（eager 与 TorchScript），用于模型库中生成的模型</translation>
    </message>
    <message>
        <source>The same weights in Debian's PyTorch, timed the same way: a second native baseline to compare against</source>
        <translation>相同权重在 Debian 的 PyTorch 中以相同方式计时：可供比较的第二个原生基线</translation>
    </message>
    <message>
        <source>The study's ablation: every wasm cell also with SIMD off. ONNX Runtime Web runs it on version 1.17.3 (installed beside 1.30, which ships only a SIMD build), so plain wasm, +threads, +SIMD and both are measured on one runtime.</source>
        <translation>论文的消融实验：每个 wasm 单元同时在关闭 SIMD 的情况下运行。ONNX Runtime Web 的消融在 1.17.3 版上运行（与只提供 SIMD 构建的 1.30 并存安装），因此纯 wasm、+线程、+SIMD 以及两者兼有都在同一运行时上测量。</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>until the 95% interval is within ±</source>
        <translation>直到 95% 区间在 ±</translation>
    </message>
    <message>
        <source>Runs of every cell. The run, not the inference, is the unit of evidence: intervals and verdicts need at least two, three are the useful minimum (Student's t at one degree of freedom is 12.7).</source>
        <translation>每个单元的运行次数。证据的单位是运行而不是推理：区间和结论至少需要两次，三次才是有用的最低限度（自由度为 1 时 Student t 值为 12.7）。</translation>
    </message>
    <message>
        <source>Adaptive repetitions: above the first number, cells whose interval is still wider than the target get one more run per round, interleaved, up to this many. Each run costs its warm-up and samples again.</source>
        <translation>自适应重复：超过第一个数字后，区间仍宽于目标的单元每轮再交错运行一次，最多到此次数。每次运行都要重新付出预热和采样的时间。</translation>
    </message>
    <message>
        <source>The target: a cell stops when its 95% interval lies within this percentage of its median.</source>
        <translation>目标：当单元的 95% 区间落在其中位数的此百分比以内时停止。</translation>
    </message>
    <message numerus="yes">
        <source>(adaptive: up to %n run(s))</source>
        <translation>
            <numerusform>（自适应：最多 %n 次运行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: about %1 h.</source>
        <translation>预计耗时：约 %1 小时。</translation>
    </message>
    <message>
        <source>Estimated duration: about %1 min.</source>
        <translation>预计耗时：约 %1 分钟。</translation>
    </message>
    <message>
        <source>%1 of %2 runs estimated from earlier runs on this machine, the rest from the policy.</source>
        <translation>%2 次运行中有 %1 次按本机以往的运行估计，其余按策略估计。</translation>
    </message>
    <message>
        <source>Profile operators: a separate pass of 10 inferences per run</source>
        <translation>剖析算子：每次运行另做 10 次推理</translation>
    </message>
    <message>
        <source>Real-time accuracy: 60 distinct frames replayed at 5 to 60 fps</source>
        <translation>实时准确率：60 个不同的帧以 5 至 60 fps 回放</translation>
    </message>
    <message>
        <source>Generate text (decoder models, ONNX Runtime Web wasm):</source>
        <translation>生成文本（解码器模型，ONNX Runtime Web wasm）：</translation>
    </message>
    <message>
        <source>the node's own Chrome</source>
        <translation>节点自己的 Chrome</translation>
    </message>
    <message>
        <source> ms idle first</source>
        <translation> 毫秒先空闲</translation>
    </message>
    <message>
        <source> prompt tokens</source>
        <translation> 个提示词元</translation>
    </message>
    <message>
        <source> new tokens</source>
        <translation> 个新词元</translation>
    </message>
    <message>
        <source> generations</source>
        <translation> 次生成</translation>
    </message>
    <message>
        <source> (not in the cache yet: fetched when the experiment starts)</source>
        <translation>（尚未缓存：实验开始时获取）</translation>
    </message>
    <message>
        <source>version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>1.30 (pinned)</source>
        <translation>1.30（固定）</translation>
    </message>
    <message>
        <source>1.17.3 (every wasm build; wasm only)</source>
        <translation>1.17.3（包含所有 wasm 构建；仅 wasm）</translation>
    </message>
    <message>
        <source>ONNX Runtime Web 1.17.3 is installed beside 1.30: the last release with plain, threads, SIMD and SIMD+threads wasm builds. Cell keys get _v1.17; speed-ups compare cells of one version only.</source>
        <translation>ONNX Runtime Web 1.17.3 与 1.30 并存安装：它是最后一个同时提供普通、多线程、SIMD 和 SIMD+多线程 wasm 构建的版本。单元键名加上 _v1.17；加速比只在同一版本的单元之间比较。</translation>
    </message>
    <message>
        <source>full harness (every probe)</source>
        <translation>完整测试页（所有探针）</translation>
    </message>
    <message>
        <source>minimal loop (session.run only)</source>
        <translation>最小循环（仅 session.run）</translation>
    </message>
    <message>
        <source>probe calibration (no model)</source>
        <translation>探针校准（无模型）</translation>
    </message>
    <message>
        <source>The minimal page only loops the inference (to measure what the harness costs); the calibration page blocks the main thread on a known schedule and checks the probes against it (docs/CALIBRATION.md).</source>
        <translation>最小页面只循环推理（用来测量测试页本身的开销）；校准页面按已知时间表阻塞主线程，并据此检查探针（docs/CALIBRATION.md）。</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <source>Each run prefills a seeded prompt, then decodes greedily with the KV cache fed back: the decode steps are the samples (per token), with time to first token and tokens/s. Every ONNX model of the plan must be a decoder; prompt + new tokens at most 512.</source>
        <translation>每次运行先预填充一个带种子的提示，然后回馈 KV 缓存进行贪心解码：解码步骤即样本（每词元），并给出首词元时间和每秒词元数。计划中的每个 ONNX 模型都必须是解码器；提示词元加新词元最多 512。</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>生成：</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>one per node</source>
        <translation>每节点一个</translation>
    </message>
    <message>
        <source>Grid runs run side by side, one per node that is up; cap it when nodes share a host and would compete.</source>
        <translation>Grid 运行并行进行，每个在线节点一个；当节点共享主机会相互竞争时，请设置上限。</translation>
    </message>
    <message>
        <source>runs at once,</source>
        <translation>个同时运行，</translation>
    </message>
    <message>
        <source>Let the node start its own Chrome (a Windows or macOS node, e.g. for WebNN) instead of /usr/bin/chromium.</source>
        <translation>让节点启动自己的 Chrome（Windows 或 macOS 节点，例如用于 WebNN），而不是 /usr/bin/chromium。</translation>
    </message>
    <message>
        <source>serve on</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>The address the harness server listens on. Only set it beyond loopback for remote Grid nodes: the pages and models are then served to the network (with the plan's token).</source>
        <translation>测试页服务器监听的地址。只有远程 Grid 节点才需要设为回环以外的地址：页面和模型随后会（凭计划的令牌）向网络提供。</translation>
    </message>
    <message>
        <source>as host</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>name the nodes use</source>
        <translation>节点使用的名称</translation>
    </message>
    <message>
        <source>Sampling at most:</source>
        <translation>采样最多：</translation>
    </message>
    <message>
        <source>Prediction samples per run after the warm-up; all of them enter the statistics.</source>
        <translation>预热之后每次运行的预测样本；全部进入统计。</translation>
    </message>
    <message>
        <source>A run stops sampling after this long even when it has fewer samples (a slow backend).</source>
        <translation>即使样本不足（后端较慢），运行到这个时长也停止采样。</translation>
    </message>
    <message>
        <source>A run that reports nothing for this long is recorded as a hung page and the plan goes on.</source>
        <translation>在这个时长内毫无报告的运行会被记录为页面挂起，计划继续进行。</translation>
    </message>
    <message>
        <source>Input delay of injected clicks and the page's frames, idle and while the model runs. The probe shares the main thread with a main-thread model: compare latencies of runs with the same setting.</source>
        <translation>注入点击的输入延迟和页面的帧，分别在空闲时和模型运行时测量。探针与主线程模型共享主线程：只比较设置相同的运行的延迟。</translation>
    </message>
    <message>
        <source>A browser trace per run (tens of MB each, compressed), for Perfetto or Chrome's performance panel.</source>
        <translation>每次运行记录一份浏览器跟踪（每份几十 MB，已压缩），可用 Perfetto 或 Chrome 的性能面板查看。</translation>
    </message>
    <message>
        <source>After the timed samples, 10 inferences with the runtime's profiler on: time per operator (the Operators tab). Never mixed with the timed samples; adds a few seconds per run.</source>
        <translation>在计时样本之后，开启运行时剖析器做 10 次推理：得到每个算子的时间（“算子”标签页）。从不与计时样本混合；每次运行增加几秒。</translation>
    </message>
    <message>
        <source>After the timed samples, each browser run infers 60 distinct seeded frames; the summary replays them at 5, 10, 15, 30 and 60 fps and scores the result shown for each frame. Adds one inference per frame.</source>
        <translation>在计时样本之后，每次浏览器运行推理 60 个不同的带种子帧；汇总以 5、10、15、30 和 60 fps 回放并为每帧显示的结果评分。每帧增加一次推理。</translation>
    </message>
    <message>
        <source>what the experiment is for (shown in the report)</source>
        <translation>实验的目的（显示在报告中）</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Each experiment writes a new bundle folder NAME-DATE-TIME here.</source>
        <translation>每个实验在此写入一个新的结果包文件夹 名称-日期-时间。</translation>
    </message>
    <message>
        <source>Results folder</source>
        <translation>结果文件夹</translation>
    </message>
    <message>
        <source>Results folder:</source>
        <translation>结果文件夹：</translation>
    </message>
    <message>
        <source>Check at least one model.</source>
        <translation>请至少勾选一个模型。</translation>
    </message>
    <message>
        <source>This combination cannot run yet: %1</source>
        <translation>这个组合还不能运行：%1</translation>
    </message>
    <message>
        <source>Plan saved to %1.</source>
        <translation>计划已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>inferscope::app::ReportDialog</name>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Computing the report (confidence intervals of every cell)…</source>
        <translation>正在计算报告（每个单元的置信区间）…</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>正在计算报告</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>%1 的报告</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save the report in</source>
        <translation>将报告保存到</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
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
        <translation>
            <numerusform>%1：%n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s), listed below</source>
        <translation>
            <numerusform>%n 条损坏的记录，见下方列表</numerusform>
        </translation>
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
    <message>
        <source>total PSS</source>
        <translation>总 PSS</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 进程</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>响应性</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Export CSV tables into</source>
        <translation>将 CSV 表导出到</translation>
    </message>
    <message>
        <source>Export as one JSON document</source>
        <translation>导出为单个 JSON 文档</translation>
    </message>
    <message>
        <source>Export as a Chrome trace</source>
        <translation>导出为 Chrome 跟踪</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n run(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 次运行导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s) skipped.</source>
        <translation>
            <numerusform>已跳过 %n 条损坏的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <source>The study report of this bundle: every table beside the published numbers, with figures (Ctrl+R)</source>
        <translation>此结果包的研究报告：每张表都与论文发表的数字并列，并附图（Ctrl+R）</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <source>CSV tables (pandas, R, spreadsheets)…</source>
        <translation>CSV 表（pandas、R、电子表格）…</translation>
    </message>
    <message>
        <source>One JSON document…</source>
        <translation>单个 JSON 文档…</translation>
    </message>
    <message>
        <source>Chrome trace (Perfetto)…</source>
        <translation>Chrome 跟踪（Perfetto）…</translation>
    </message>
    <message>
        <source>as on screen</source>
        <translation>与屏幕一致</translation>
    </message>
    <message>
        <source>single column (3.5 in)</source>
        <translation>单栏（3.5 英寸）</translation>
    </message>
    <message>
        <source>double column (7.16 in)</source>
        <translation>双栏（7.16 英寸）</translation>
    </message>
    <message>
        <source>slide (16:9, 10 in)</source>
        <translation>幻灯片（16:9，10 英寸）</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Export four panels</source>
        <translation>导出四联图</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message numerus="yes">
        <source>Machine drift: the probe timed before each repetition moved by more than 10% in %n cell(s); compare their repetitions with care:</source>
        <translation>
            <numerusform>机器漂移：在 %n 个单元中，每次重复前计时的探针变化超过 10%；比较这些单元的各次重复时请谨慎：</numerusform>
        </translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Time to first token %1 ms (median of %2 generations), then %3 tokens/s</source>
        <translation>首个词元 %1 毫秒（%2 次生成的中位数），之后 %3 词元/秒</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message numerus="yes">
        <source>The panels fill %n pages: %1 … %2, each with its data as CSV beside it.</source>
        <translation>
            <numerusform>这些面板共 %n 页：%1 … %2，每页旁边附有其数据的 CSV。</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure saved to %1, its data beside it as %2.</source>
        <translation>图已保存到 %1，其数据在旁边的 %2 中。</translation>
    </message>
    <message>
        <source>Figure saved to %1.</source>
        <translation>图已保存到 %1。</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>This bundle was not started from a plan.</source>
        <translation>此结果包不是由计划启动的。</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>计划 (*.json)</translation>
    </message>
    <message>
        <source>Plan saved to %1: inferscope run %1 measures it again.</source>
        <translation>计划已保存到 %1：inferscope run %1 可再次测量。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Still showing %1</source>
        <translation>仍在显示 %1</translation>
    </message>
    <message>
        <source>This run ended %1</source>
        <translation>此运行以 %1 结束</translation>
    </message>
    <message>
        <source>Select a run in the table above to see its latency series.</source>
        <translation>在上方表格中选择一次运行以查看其延迟序列。</translation>
    </message>
    <message>
        <source>This run recorded no latency samples.</source>
        <translation>此运行没有记录延迟样本。</translation>
    </message>
    <message>
        <source>It has no latency samples.</source>
        <translation>它没有延迟样本。</translation>
    </message>
    <message>
        <source>Select a run in the table above to see its memory timeline.</source>
        <translation>在上方表格中选择一次运行以查看其内存时间线。</translation>
    </message>
    <message>
        <source>No memory timeline: %1.</source>
        <translation>没有内存时间线：%1。</translation>
    </message>
    <message>
        <source>This run recorded no memory timeline.</source>
        <translation>此运行没有记录内存时间线。</translation>
    </message>
    <message>
        <source>It has no memory timeline.</source>
        <translation>它没有内存时间线。</translation>
    </message>
    <message>
        <source>Select a run in the table above to see its responsiveness.</source>
        <translation>在上方表格中选择一次运行以查看其响应性。</translation>
    </message>
    <message>
        <source>Native runs have no page: input delay and frames are measured in browsers only.</source>
        <translation>原生运行没有页面：输入延迟和帧只在浏览器中测量。</translation>
    </message>
    <message>
        <source>Responsiveness was not measured in this run. Tick "Responsiveness" or a page workload in New experiment… (plan fields "responsiveness", "workloads") to time clicks and frames while the model runs.</source>
        <translation>此运行未测量响应性。在“新建实验…”中勾选“响应性”或某个页面负载（计划字段 "responsiveness"、"workloads"），即可在模型运行时测量点击和帧。</translation>
    </message>
    <message>
        <source>The responsiveness probe ran but recorded no clicks or frames.</source>
        <translation>响应性探针运行了，但没有记录到点击或帧。</translation>
    </message>
    <message>
        <source>It has no responsiveness data.</source>
        <translation>它没有响应性数据。</translation>
    </message>
    <message>
        <source>Export &amp;Data</source>
        <translation>导出数据(&amp;D)</translation>
    </message>
    <message>
        <source>Four panels saved to %1 (double column, 7.16 × 5 in), their data beside it as %2.</source>
        <translation>四面板图已保存到 %1（双栏，7.16 × 5 英寸），其数据在旁边的 %2 中。</translation>
    </message>
</context>
<context>
    <name>inferscope::app::RunDetailsTab</name>
    <message>
        <source>Recorded</source>
        <translation>记录项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>inferscope::app::RunTableModel</name>
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
        <source>Outliers</source>
        <translation>离群值</translation>
    </message>
    <message>
        <source>Peak PSS (MB)</source>
        <translation>PSS 峰值 (MB)</translation>
    </message>
    <message>
        <source>Input delay p95, busy (ms)</source>
        <translation>繁忙时输入延迟 p95 (ms)</translation>
    </message>
    <message>
        <source>FPS, busy</source>
        <translation>繁忙时 FPS</translation>
    </message>
    <message>
        <source>%1 (%2 cores)</source>
        <translation>%1（%2 核）</translation>
    </message>
    <message>
        <source>CPU per inference (ms)</source>
        <translation>每次推理的 CPU 时间（毫秒）</translation>
    </message>
    <message>
        <source>The prediction phase still drifted (until sample %1): the warm-up may have been too short. Every sample is kept and counted.</source>
        <translation>预测阶段仍在漂移（直到第 %1 个样本）：预热可能太短。所有样本都被保留并计入。</translation>
    </message>
    <message>
        <source>held</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>drift ⚠</source>
        <translation>漂移 ⚠</translation>
    </message>
    <message>
        <source>Warm-up check</source>
        <translation>预热检查</translation>
    </message>
</context>
<context>
    <name>inferscope::app::RunsPage</name>
    <message>
        <source>Run plan</source>
        <translation>运行计划</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>计划 (*.json)</translation>
    </message>
    <message>
        <source>Resume an interrupted plan</source>
        <translation>继续被中断的计划</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1 is not a result bundle started from a plan.</source>
        <translation>%1 不是由计划生成的结果包。</translation>
    </message>
    <message>
        <source>Cannot start the plan</source>
        <translation>无法启动计划</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation>第 %1 / %2 次运行：%3</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <source>Cancelled. Resume the plan to run what is left; finished runs are kept.</source>
        <translation>已取消。继续该计划即可运行剩余部分；已完成的运行会保留。</translation>
    </message>
    <message>
        <source>Plan finished.</source>
        <translation>计划已完成。</translation>
    </message>
    <message>
        <source>%1 runs were already in the bundle and were not redone.</source>
        <translation>有 %1 次运行已在结果包中，未重复执行。</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <source>Show the page while it measures</source>
        <translation>测量时显示页面</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>No plan is running.</source>
        <translation>当前没有正在执行的计划。</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>新实验</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n model(s) the experiment needs</source>
        <translation>
            <numerusform>正在获取实验所需的 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up an experiment (models × runtimes × backends × threads × placements × browsers) and run it in the embedded browser, Chromium, Firefox or a Selenium Grid, and natively. Every run is stored the moment it ends; an interrupted plan resumes where it stopped. The same engine runs headless: &lt;code&gt;inferscope run PLAN.json&lt;/code&gt;.</source>
        <translation>设置实验（模型 × 运行时 × 后端 × 线程 × 放置 × 浏览器），在内嵌浏览器、Chromium、Firefox 或 Selenium Grid 中以及原生地运行。每次运行结束即被保存；中断的计划可从停止处继续。同一引擎也可无界面运行：&lt;code&gt;inferscope run PLAN.json&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>New experiment…</source>
        <translation>新实验…</translation>
    </message>
    <message>
        <source>Run plan file…</source>
        <translation>运行计划文件…</translation>
    </message>
    <message>
        <source>%1 cannot be resumed: %2</source>
        <translation>%1 无法续跑：%2</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2</source>
        <translation>无法读取计划 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Adaptive repetitions, round %1: %n cell(s) need another run</source>
        <translation>
            <numerusform>自适应重复，第 %1 轮：%n 个单元需要再运行一次</numerusform>
        </translation>
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
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>大小 (MB)</translation>
    </message>
    <message>
        <source>Native baseline</source>
        <translation>原生基线</translation>
    </message>
    <message>
        <source>In cache</source>
        <translation>缓存状态</translation>
    </message>
    <message>
        <source>The model catalog cannot be read: %1</source>
        <translation>无法读取模型目录：%1</translation>
    </message>
    <message>
        <source>ONNX Runtime (CPU)</source>
        <translation>ONNX Runtime (CPU)</translation>
    </message>
    <message>
        <source>none (TF.js)</source>
        <translation>无（TF.js）</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>未获取</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>%1 of %2 models are in the cache (%3). Build or fetch the others with &lt;code&gt;inferscope models fetch ID&lt;/code&gt;.</source>
        <translation>%2 个模型中有 %1 个已在缓存中（%3）。其余模型可用 &lt;code&gt;inferscope models fetch ID&lt;/code&gt; 构建或获取。</translation>
    </message>
    <message>
        <source>Model zoo</source>
        <translation>模型库</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>How InferScope uses it</source>
        <translation>InferScope 如何使用</translation>
    </message>
    <message>
        <source>No browser to ask yet.</source>
        <translation>暂时没有可询问的浏览器。</translation>
    </message>
    <message>
        <source>The local harness server could not start.</source>
        <translation>本地测试服务器无法启动。</translation>
    </message>
    <message>
        <source>Opening each browser once on the capability page…</source>
        <translation>正在逐个打开浏览器的能力探测页面…</translation>
    </message>
    <message numerus="yes">
        <source>Asked %n browser(s). Software WebGL and WebGPU (SwiftShader, llvmpipe) run but say nothing about GPU speed.</source>
        <translation>
            <numerusform>已询问 %n 个浏览器。软件实现的 WebGL 和 WebGPU（SwiftShader、llvmpipe）可以运行，但不代表 GPU 速度。</numerusform>
        </translation>
    </message>
    <message>
        <source>wasm</source>
        <translation>wasm</translation>
    </message>
    <message>
        <source>WebGL 2 renderer</source>
        <translation>WebGL 2 渲染器</translation>
    </message>
    <message>
        <source>WebGPU adapter</source>
        <translation>WebGPU 适配器</translation>
    </message>
    <message>
        <source>WebNN</source>
        <translation>WebNN</translation>
    </message>
    <message>
        <source>Ask each browser what it offers</source>
        <translation>询问每个浏览器提供的能力</translation>
    </message>
    <message>
        <source>Opens each browser once on a capability page: wasm SIMD and threads, the WebGL renderer, the WebGPU adapter and WebNN, in the browser's own words (`inferscope browsers --capabilities` does the same).</source>
        <translation>在能力探测页面上逐个打开浏览器一次：wasm SIMD 与线程、WebGL 渲染器、WebGPU 适配器和 WebNN，以浏览器自己的原话呈现（`inferscope browsers --capabilities` 效果相同）。</translation>
    </message>
    <message>
        <source>A plan is measuring: ask again when it has finished (one browser at a time keeps its numbers clean).</source>
        <translation>有计划正在测量：请在其结束后再询问（同一时间只运行一个浏览器，测量数据才干净）。</translation>
    </message>
    <message>
        <source>Imported %1: it is in the plan builder's model list.</source>
        <translation>已导入 %1：它已出现在计划构建器的模型列表中。</translation>
    </message>
    <message>
        <source>Import Model…</source>
        <translation>导入模型…</translation>
    </message>
    <message>
        <source>Add your own ONNX or TF.js model (graph or Keras-style layers) to the zoo: InferScope asks the runtime what it takes, copies and hashes its files and runs one reference inference (`inferscope models import` does the same).</source>
        <translation>把您自己的 ONNX 或 TF.js 模型（图模型或 Keras 风格的层模型）加入模型库：InferScope 询问运行时它需要什么输入，复制文件并计算哈希，再运行一次参考推理（`inferscope models import` 的作用相同）。</translation>
    </message>
</context>
<context>
    <name>inferscope::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>inferscope::app::UserGuideDialog</name>
    <message>
        <source>InferScope User Guide</source>
        <translation>InferScope 用户指南</translation>
    </message>
    <message>
        <source>The user guide (docs/USER_GUIDE.md) is not installed with this build.</source>
        <translation>此构建未安装用户指南（docs/USER_GUIDE.md）。</translation>
    </message>
</context>
<context>
    <name>inferscope::widgets::BrowserComparisonPlot</name>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
</context>
<context>
    <name>inferscope::widgets::DistributionPlot</name>
    <message>
        <source>Latency (ms), steady samples</source>
        <translation>延迟 (ms)，稳态样本</translation>
    </message>
    <message>
        <source>Share of samples at or below</source>
        <translation>不超过该值的样本比例</translation>
    </message>
</context>
<context>
    <name>inferscope::widgets::ForestPlot</name>
    <message>
        <source>not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <source>significant (Holm p &lt; 0.05)</source>
        <translation>显著（Holm 校正 p &lt; 0.05）</translation>
    </message>
    <message>
        <source>ratio to the baseline's median</source>
        <translation>相对基线中位数的比值</translation>
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
        <source>Inference (sample index)</source>
        <translation>推理（样本序号）</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <source>Generated token (decode step, every measured generation in turn)</source>
        <translation>生成的词元（解码步，依次为每次测量的生成）</translation>
    </message>
    <message>
        <source>Latency per token (ms)</source>
        <translation>每词元延迟（毫秒）</translation>
    </message>
    <message>
        <source>drift (kept)</source>
        <translation>漂移（已保留）</translation>
    </message>
</context>
<context>
    <name>inferscope::widgets::LiveRunPlot</name>
    <message>
        <source>warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理序号</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <source>Time since the run started (s)</source>
        <translation>自运行开始的时间（秒）</translation>
    </message>
    <message>
        <source>PSS (MB)</source>
        <translation>PSS (MB)</translation>
    </message>
    <message>
        <source>Waiting for the first sample (the runtime and model are loading)…</source>
        <translation>等待第一个样本（运行时和模型正在加载）…</translation>
    </message>
    <message>
        <source>A native run reports its samples when it ends.</source>
        <translation>原生运行在结束时才报告其样本。</translation>
    </message>
    <message>
        <source>No run in flight</source>
        <translation>当前没有运行</translation>
    </message>
</context>
<context>
    <name>inferscope::widgets::MemoryTimelinePlot</name>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Time since the run started (s)</source>
        <translation>自运行开始的时间（秒）</translation>
    </message>
    <message>
        <source>PSS (MB)</source>
        <translation>PSS (MB)</translation>
    </message>
</context>
<context>
    <name>inferscope::widgets::ResponsivenessPlot</name>
    <message>
        <source>frame interval</source>
        <translation>帧间隔</translation>
    </message>
    <message>
        <source>input delay, idle</source>
        <translation>输入延迟（空闲）</translation>
    </message>
    <message>
        <source>input delay, busy</source>
        <translation>输入延迟（繁忙）</translation>
    </message>
    <message>
        <source>50 ms: a long task</source>
        <translation>50 ms：长任务</translation>
    </message>
    <message>
        <source>Time on the page's clock (s)</source>
        <translation>页面时钟时间 (s)</translation>
    </message>
    <message>
        <source>Delay or frame interval (ms)</source>
        <translation>延迟或帧间隔 (ms)</translation>
    </message>
</context>
</TS>