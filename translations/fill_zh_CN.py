#!/usr/bin/env python3
"""Fills translations/inferscope_zh_CN.ts from the table below after `update_translations` has added
new source texts. Run it, then rebuild. A source text missing from the table is reported and the script
exits 1, so an untranslated string cannot slip into a release unnoticed (tests/app checks the .ts too)."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH = {
    "Verify a result bundle and print each run's statistics": "校验结果包并打印每次运行的统计数据",
    "Commands:": "命令：",
    "Without a command, InferScope opens its workbench window.": "不带命令时，InferScope 打开工作台窗口。",
    'Unknown command "%1".': "未知命令“%1”。",
    "InferScope measures what deep-learning inference in a web browser really costs.": "InferScope 测量网页浏览器中深度学习推理的真实开销。",
    "The command to run (see below).": "要运行的命令（见下文）。",
    "GUI language: en or zh_CN.": "界面语言：en 或 zh_CN。",
    "GUI: save a screenshot of the main window to FILE and quit.": "界面：将主窗口截图保存到 FILE 后退出。",
    "GUI: page to show first (setup, runs, results, compare).": "界面：首先显示的页面（setup、runs、results、compare）。",
    "Verify a result bundle and print the statistics of each run.": "校验结果包并打印每次运行的统计数据。",
    "Print JSON instead of a table.": "输出 JSON 而不是表格。",
    "The bundle directory.": "结果包目录。",
    "inspect needs exactly one bundle directory.": "inspect 需要且仅需要一个结果包目录。",
    "Cannot open the bundle: %1": "无法打开结果包：%1",
    "run": "运行",
    "status": "状态",
    "samples": "样本数",
    "median ms": "中位数 ms",
    "95% CI": "95% 置信区间",
    "p95 ms": "p95 ms",
    "steady from": "稳态起点",
    "outliers": "离群值",
    "damaged record: %1": "损坏的记录：%1",
    "Bundle %1: %n run(s)": "结果包 %1：%n 次运行",
    "%n run(s) were being written when the writer stopped; they are not in the bundle and rerun on resume.":
        "写入进程停止时有 %n 次运行正在写入；它们不在结果包中，恢复计划时会重新运行。",
    'Unknown figure format "%1": use .png, .pdf or .svg.': "未知的图形格式“%1”：请使用 .png、.pdf 或 .svg。",
    "Could not write %1.": "无法写入 %1。",
    "PNG image (*.png)": "PNG 图像 (*.png)",
    "PDF document (*.pdf)": "PDF 文档 (*.pdf)",
    "SVG drawing (*.svg)": "SVG 矢量图 (*.svg)",
    "not installed (run scripts/setup.sh)": "未安装（请运行 scripts/setup.sh）",
    "About InferScope": "关于 InferScope",
    "<h2>InferScope</h2><p>Measures what deep-learning inference in a web browser really costs: latency phases, memory, responsiveness, smoothness and accuracy, against a native baseline.</p><p>It grows out of the study “Anatomizing Deep Learning Inference in Web Browsers” (ACM TOSEM, 2025).</p>":
        "<h2>InferScope</h2><p>测量网页浏览器中深度学习推理的真实开销：各阶段延迟、内存、响应性、流畅度和准确性，并与原生基线对比。</p><p>它源自研究《Anatomizing Deep Learning Inference in Web Browsers》（ACM TOSEM，2025）。</p>",
    "Component": "组件",
    "Version": "版本",
    "A is slower than B.": "A 比 B 慢。",
    "A is faster than B.": "A 比 B 快。",
    "No significant difference at the 5% level.": "在 5% 显著性水平下无显著差异。",
    "<p><b>median(A) / median(B) = %1×</b>, 95% bootstrap CI [%2, %3]</p><p>Mann-Whitney U = %4; p(A slower than B) = %5, p(A faster than B) = %6; P(A > B) = %7</p><p><b>%8</b></p>":
        "<p><b>中位数(A) / 中位数(B) = %1×</b>，95% 自助法置信区间 [%2, %3]</p><p>Mann-Whitney U = %4；p(A 比 B 慢) = %5，p(A 比 B 快) = %6；P(A > B) = %7</p><p><b>%8</b></p>",
    "This bundle has fewer than two runs with samples.": "此结果包中有样本的运行少于两次。",
    "Computing…": "正在计算…",
    "Pick two runs of the open bundle. InferScope compares their steady-state samples: the ratio of medians with a 95% bootstrap confidence interval, and a Mann-Whitney U test (no normality assumed). Open a bundle on the Results page first.":
        "从已打开的结果包中选择两次运行。InferScope 比较它们的稳态样本：中位数之比及其 95% 自助法置信区间，以及 Mann-Whitney U 检验（不假设正态分布）。请先在“结果”页打开一个结果包。",
    "Run A:": "运行 A：",
    "Run B:": "运行 B：",
    "about %1 s left": "约剩 %1 秒",
    "Cancel": "取消",
    "Loaded %n run(s)": "已加载 %n 次运行",
    "InferScope": "InferScope",
    "Setup": "设置",
    "Runs": "运行",
    "Results": "结果",
    "Compare": "比较",
    "&File": "文件(&F)",
    "&Open Result Bundle…": "打开结果包(&O)…",
    "&Quit": "退出(&Q)",
    "&View": "视图(&V)",
    "&Language": "语言(&L)",
    "&Help": "帮助(&H)",
    "&About InferScope": "关于 InferScope(&A)",
    "Open result bundle": "打开结果包",
    "Loading %1": "正在加载 %1",
    "Export figure": "导出图形",
    "Could not open the bundle: %1": "无法打开结果包：%1",
    "Open a result bundle to see its runs. Statistics use the steady part of each series (MSER-5); the CI is a 95% bootstrap interval of the median.":
        "打开一个结果包以查看其中的运行。统计只使用每个序列的稳态部分（MSER-5）；置信区间为中位数的 95% 自助法区间。",
    "%1: %n run(s)": "%1：%n 次运行",
    "%n damaged record(s), listed below": "%n 条损坏的记录，见下方列表",
    "Open bundle…": "打开结果包…",
    "Export figure…": "导出图形…",
    "Damaged records (the other runs loaded normally):": "损坏的记录（其余运行已正常加载）：",
    "The series was still drifting: the warm-up may have been too short.": "该序列仍在漂移：预热时间可能过短。",
    "Run": "运行",
    "Configuration": "配置",
    "Status": "状态",
    "Samples": "样本数",
    "Median (ms)": "中位数 (ms)",
    "95% CI (ms)": "95% 置信区间 (ms)",
    "p95 (ms)": "p95 (ms)",
    "CV": "变异系数",
    "Steady from": "稳态起点",
    "Outliers": "离群值",
    "<h3>No plan is running</h3><p>While a plan runs, each run appears here as it happens: its phase, its samples so far, an estimate of the time left and a button to cancel.</p>":
        "<h3>当前没有正在执行的计划</h3><p>计划执行时，每次运行都会实时显示在这里：所处阶段、已采集的样本、剩余时间估计以及取消按钮。</p>",
    "An experiment runs models × runtimes × backends × browsers × placements on this machine. What the machine offers decides what its numbers mean: wasm SIMD is 128 bits wide, so the gap to native code grows with AVX2 and AVX-512.":
        "一个实验在本机上运行 模型 × 运行时 × 后端 × 浏览器 × 执行位置 的组合。机器的能力决定了测量数字的含义：wasm SIMD 只有 128 位宽，因此有 AVX2 和 AVX-512 时与原生代码的差距更大。",
    "This machine": "本机",
    "Runtimes and libraries": "运行时与库",
    "Processor": "处理器",
    "Logical cores": "逻辑核心数",
    "SIMD extensions": "SIMD 扩展",
    "none detected": "未检测到",
    "Memory": "内存",
    "Operating system": "操作系统",
    "Kernel": "内核",
    "Flagged outliers": "标记的离群值",
    "Median with 95% CI": "中位数及 95% 置信区间",
    "warm-up": "预热",
    "Inference (sample index)": "推理（样本序号）",
    "Latency (ms)": "延迟 (ms)",
    "The model zoo: list, info, fetch, import, verify": "模型库：list、info、fetch、import、verify",
    "Measure a model's native baseline (ONNX Runtime, CPU)": "测量模型的原生基线（ONNX Runtime，CPU）",
    "ready": "就绪",
    "no reference": "缺少参考数据",
    "not fetched": "未获取",
    "id": "标识",
    "format": "格式",
    "task": "任务",
    "MB": "MB",
    "params (M)": "参数量 (M)",
    "default": "默认",
    "state": "状态",
    "yes": "是",
    "on demand": "按需",
    "Model cache: %1": "模型缓存：%1",
    'Unknown model "%1" (see `inferscope models list`).': "未知模型“%1”（见 `inferscope models list`）。",
    "ready (%1 MB, %2 s)": "就绪（%1 MB，%2 秒）",
    "FAILED: %1": "失败：%1",
    "%1 of %2 models ready in %3 s; cache: %4": "%2 个模型中 %1 个已就绪，用时 %3 秒；缓存：%4",
    "ok": "正常",
    "%1 models checked, %2 with problems (`inferscope models fetch ID` repairs a zoo model)":
        "已检查 %1 个模型，其中 %2 个有问题（`inferscope models fetch ID` 可修复模型库中的模型）",
    "models import needs one path: an .onnx file, a TF.js model.json or its folder.":
        "models import 需要一个路径：.onnx 文件、TF.js 的 model.json 或其所在文件夹。",
    '--shape takes NAME=AxBxC with positive sizes, not "%1".': "--shape 的格式为 NAME=AxBxC（各维为正整数），而不是“%1”。",
    "Input %1 has dynamic dimensions. Shape to use (e.g. 1x3x224x224): ": "输入 %1 含有动态维度。请输入要使用的形状（例如 1x3x224x224）：",
    "Not a shape; nothing was imported.": "不是有效的形状；未导入任何内容。",
    "Import refused, nothing changed: %1": "导入被拒绝，未做任何更改：%1",
    'Imported "%1" as %2 (%3, %4 MB); reference input and output are in %5': "已将“%1”导入为 %2（%3，%4 MB）；参考输入和输出位于 %5",
    "The model zoo: list, inspect, build or fetch, import and verify models.\n  list [--json]     every model and whether it is in the cache\n  info ID           one model's catalog entry and cache state\n  fetch [ID...]     build or fetch models (default set without IDs; --all for every one)\n  import PATH       add an .onnx file or a TF.js model.json folder\n  verify            re-hash every file in the cache":
        "模型库：列出、查看、构建或获取、导入和校验模型。\n  list [--json]     所有模型及其是否已在缓存中\n  info ID           单个模型的目录条目和缓存状态\n  fetch [ID...]     构建或获取模型（不带 ID 时为默认集合；--all 为全部）\n  import PATH       添加 .onnx 文件或 TF.js model.json 文件夹\n  verify            重新计算缓存中每个文件的哈希",
    "list, info, fetch, import or verify": "list、info、fetch、import 或 verify",
    "list: print JSON.": "list：输出 JSON。",
    "fetch: every model, the large ones too.": "fetch：所有模型，包括大型模型。",
    "import: the id to give the model.": "import：为模型指定的标识。",
    "import: a display name.": "import：显示名称。",
    "import: the task (e.g. image-classification).": "import：任务（例如 image-classification）。",
    "import: NAME=AxBxC for an input with dynamic dimensions (repeatable).": "import：为含动态维度的输入指定 NAME=AxBxC（可重复）。",
    "The model catalog is invalid: %1": "模型目录无效：%1",
    "models info needs one known model id (see `inferscope models list`).": "models info 需要一个已知的模型标识（见 `inferscope models list`）。",
    'Unknown models action "%1".': "未知的 models 操作“%1”。",
    "Measure the native baseline of a zoo model: ONNX Runtime on the CPU (onnxruntime-node, the same version as ONNX Runtime Web).":
        "测量模型库中模型的原生基线：在 CPU 上运行 ONNX Runtime（onnxruntime-node，与 ONNX Runtime Web 版本相同）。",
    "A model id from `inferscope models list`.": "`inferscope models list` 中的模型标识。",
    "Thread counts, comma-separated (default 1).": "线程数，以逗号分隔（默认 1）。",
    "Steady-state samples per run (default 200).": "每次运行的稳态样本数（默认 200）。",
    "Warm-up time per run in ms (default 3000).": "每次运行的预热时间，单位毫秒（默认 3000）。",
    "Runs per thread count (default 1).": "每种线程数的运行次数（默认 1）。",
    "Result bundle to write (created, or resumed if it exists).": "要写入的结果包（不存在则创建，存在则继续）。",
    "--threads takes positive integers, e.g. 1,2": "--threads 需要正整数，例如 1,2",
    "Cannot open the result bundle: %1": "无法打开结果包：%1",
    "%1: already in the bundle, skipped (resume)": "%1：已在结果包中，跳过（继续执行）",
    "%1: %2 thread(s)…": "%1：%2 个线程…",
    "Cannot store %1: %2": "无法保存 %1：%2",
    "%1: %2: %3": "%1：%2：%3",
    "%1: median %2 ms [%3, %4] over %5 samples; setup %6 ms, first inference %7 ms; PSS peak %8 MB (+%9 MB, %10x the model file)":
        "%1：中位数 %2 ms [%3, %4]，共 %5 个样本；初始化 %6 ms，首次推理 %7 ms；PSS 峰值 %8 MB（+%9 MB，为模型文件的 %10 倍）",
    "Results: %1 (open it on the Results page, or `inferscope inspect %1`)": "结果：%1（在“结果”页打开，或运行 `inferscope inspect %1`）",
    "Model": "模型",
    "Task": "任务",
    "Format": "格式",
    "Size (MB)": "大小 (MB)",
    "Native baseline": "原生基线",
    "In cache": "缓存状态",
    "The model catalog cannot be read: %1": "无法读取模型目录：%1",
    "ONNX Runtime (CPU)": "ONNX Runtime (CPU)",
    "none (TF.js)": "无（TF.js）",
    "%1 of %2 models are in the cache (%3). Build or fetch the others with <code>inferscope models fetch ID</code>.":
        "%2 个模型中有 %1 个已在缓存中（%3）。其余模型可用 <code>inferscope models fetch ID</code> 构建或获取。",
    "Model zoo": "模型库",
    "Run an experiment plan headless (see plans/quick.json)": "无界面运行实验计划（见 plans/quick.json）",
    "model": "模型",
    "runtime": "运行时",
    "backend": "后端",
    "thr": "线程",
    "placement": "执行位置",
    "setup ms": "初始化 ms",
    "first ms": "首次 ms",
    "vs native": "相对原生",
    "Run an experiment plan headless and store every run in a result bundle.": "无界面运行实验计划，并将每次运行保存到结果包中。",
    "The plan (JSON), e.g. plans/quick.json.": "计划文件（JSON），例如 plans/quick.json。",
    "Result bundle directory; an existing one is resumed.": "结果包目录；若已存在则继续执行。",
    "Also write one summary record per cell to FILE.": "同时将每个单元的汇总记录写入 FILE。",
    "run needs one plan file.": "run 需要一个计划文件。",
    "Cannot read the plan %1.": "无法读取计划 %1。",
    "The plan %1 is not valid JSON.": "计划 %1 不是有效的 JSON。",
    "Plan %1: %2 runs into %3 (harness on %4:%5)": "计划 %1：%2 次运行，写入 %3（测量页面服务于 %4:%5）",
    "%1 runs were already in the bundle and were not redone.": "有 %1 次运行已在结果包中，未重复执行。",
    "Summary written to %1": "汇总已写入 %1",
    "Results: %1": "结果：%1",
    "Cancelled: run the same command again to resume.": "已取消：再次运行相同命令即可继续。",
    "GUI: open a result bundle on the Results page.": "界面：在“结果”页打开一个结果包。",
    "GUI: start a plan on the Runs page (--show-page shows the harness page).": "界面：在“运行”页启动一个计划（--show-page 显示测量页面）。",
    "Run plan": "运行计划",
    "Plans (*.json)": "计划 (*.json)",
    "Resume an interrupted plan": "继续被中断的计划",
    "Resume": "继续",
    "%1 is not a result bundle started from a plan.": "%1 不是由计划生成的结果包。",
    "Cannot start the plan": "无法启动计划",
    "Cannot read %1.": "无法读取 %1。",
    "%1 is not valid JSON.": "%1 不是有效的 JSON。",
    "running": "运行中",
    "Run %1 of %2: %3": "第 %1 / %2 次运行：%3",
    "Plan %1": "计划 %1",
    "Cancelled. Resume the plan to run what is left; finished runs are kept.": "已取消。继续该计划即可运行剩余部分；已完成的运行会保留。",
    "Plan finished.": "计划已完成。",
    "Run an experiment plan (models × runtimes × backends × threads × placements) in the embedded browser and natively. Every run is stored the moment it ends; an interrupted plan resumes where it stopped. The same engine runs headless: <code>inferscope run PLAN.json</code>.":
        "在内嵌浏览器中和原生环境下运行实验计划（模型 × 运行时 × 后端 × 线程 × 执行位置）。每次运行结束即刻保存；被中断的计划可从中断处继续。同一引擎也可无界面运行：<code>inferscope run PLAN.json</code>。",
    "Run plan…": "运行计划…",
    "Resume…": "继续…",
    "Show the page while it measures": "测量时显示页面",
    "Detail": "详情",
    "No plan is running.": "当前没有正在执行的计划。",
    "built in": "内置",
    "not installed (Debian package chromium)": "未安装（Debian 软件包 chromium）",
    "driven over the DevTools Protocol": "通过 DevTools 协议驱动",
    "not installed (Debian package firefox-esr)": "未安装（Debian 软件包 firefox-esr）",
    "found; its WebDriver BiDi driver is not written yet": "已找到；其 WebDriver BiDi 驱动尚未实现",
    "not installed (Debian package chromium-driver)": "未安装（Debian 软件包 chromium-driver）",
    "for WebDriver and Selenium Grid nodes": "用于 WebDriver 和 Selenium Grid 节点",
    "not installed": "未安装",
    "for a local Selenium Grid": "用于本地 Selenium Grid",
    "List the browsers and tools InferScope can drive on this machine.": "列出 InferScope 在本机可以驱动的浏览器和工具。",
    "Print JSON.": "输出 JSON。",
    "missing": "缺失",
    "List the browsers and tools found on this machine": "列出本机上找到的浏览器和工具",
    "browser": "浏览器",
    "driven over WebDriver BiDi": "通过 WebDriver BiDi 驱动",
    "Browsers": "浏览器",
    "Browser": "浏览器",
    "How InferScope uses it": "InferScope 如何使用",
    "total PSS": "总 PSS",
    "%1 processes": "%1 进程",
    "Latency": "延迟",
    "baseline": "基线",
    "peak": "峰值",
    "Time since the run started (s)": "自运行开始的时间（秒）",
    "PSS (MB)": "PSS (MB)",
    # Same English word, different meaning per context ("context|source" overrides "source").
    "inferscope::widgets::LatencySeriesPlot|Samples": "样本",
    # Responsiveness, traces and memory in summaries (issue 5)
    "cell": "单元",
    "peak MB": "峰值 MB",
    "ampl.": "放大",
    "input p95 idle": "空闲输入 p95",
    "input p95 busy": "繁忙输入 p95",
    "fps idle": "空闲 fps",
    "fps busy": "繁忙 fps",
    "long tasks": "长任务",
    "blocking ms": "阻塞 ms",
    "Responsiveness": "响应性",
    "Peak PSS (MB)": "PSS 峰值 (MB)",
    "Input delay p95, busy (ms)": "繁忙时输入延迟 p95 (ms)",
    "FPS, busy": "繁忙时 FPS",
    "frame interval": "帧间隔",
    "input delay, idle": "输入延迟（空闲）",
    "input delay, busy": "输入延迟（繁忙）",
    "50 ms: a long task": "50 ms：长任务",
    "Time on the page's clock (s)": "页面时钟时间 (s)",
    "Delay or frame interval (ms)": "延迟或帧间隔 (ms)",
    # Browsers side by side (Results page)
    "Median latency (ms)": "延迟中位数 (ms)",
    "Slowdown vs native (x)": "相对原生的减速 (倍)",
    "Memory growth / model size (x)": "内存增长 / 模型大小 (倍)",
    "Input delay p95 while busy (ms)": "繁忙时输入延迟 p95 (ms)",
    "Frames per second while busy": "繁忙时每秒帧数",
    "Compare:": "比较：",
    # The experiment builder (Runs page)
    "Native baseline (ONNX Runtime on the CPU) for every ONNX model": "为每个 ONNX 模型添加原生基线（CPU 上的 ONNX Runtime）",
    "Responsiveness: inject clicks and time animation frames": "响应性：注入点击并计时动画帧",
    "Record a browser trace per run (Chromium, embedded, Grid)": "每次运行记录浏览器跟踪（Chromium、内嵌、Grid）",
    " clicks/s": " 次点击/秒",
    " s": " 秒",
    "New experiment": "新实验",
    "%1: %2, %3, %4 MB%5": "%1：%2，%3，%4 MB%5",
    " (not fetched: `inferscope models fetch %1`)": "（未获取：`inferscope models fetch %1`）",
    "What runs": "运行什么",
    "ONNX Runtime Web:": "ONNX Runtime Web：",
    "TensorFlow.js:": "TensorFlow.js：",
    "More threads than this machine has cores": "线程数多于本机核心数",
    "wasm threads:": "wasm 线程：",
    "main thread": "主线程",
    "Web Worker": "Web Worker",
    "Placement:": "放置：",
    "embedded": "内嵌",
    "Grid:": "Grid：",
    "Browsers:": "浏览器：",
    "How it is measured": "如何测量",
    "Repetitions:": "重复次数：",
    "Order seed:": "顺序种子：",
    "Warm-up at least:": "预热至少：",
    "Warm-up at most:": "预热至多：",
    "Samples per run:": "每次运行样本数：",
    "Timeout per run:": "每次运行超时：",
    "Save plan…": "保存计划…",
    "Load plan…": "加载计划…",
    "Name:": "名称：",
    "Models (the zoo; check one or more):": "模型（模型库；勾选一个或多个）：",
    "Choose at least one backend, thread count, placement and browser.": "请至少选择一个后端、线程数、放置方式和浏览器。",
    "%n cell(s)": "%n 个单元",
    "%n repetition(s)": "%n 次重复",
    "%n run(s)": "%n 次运行",
    "Each run takes at least %1 s of warm-up.": "每次运行至少预热 %1 秒。",
    "%n chosen model(s) will be fetched into the cache first.": "所选的 %n 个模型将先获取到缓存中。",
    "Save plan": "保存计划",
    "Cannot write %1: %2": "无法写入 %1：%2",
    "Load plan": "加载计划",
    "%1 is not a plan this builder can show: %2": "%1 不是此构建器可显示的计划：%2",
    "Fetching %n model(s) the experiment needs": "正在获取实验所需的 %n 个模型",
    "Set up an experiment (models × runtimes × backends × threads × placements × browsers) and run it in the embedded browser, Chromium, Firefox or a Selenium Grid, and natively. Every run is stored the moment it ends; an interrupted plan resumes where it stopped. The same engine runs headless: <code>inferscope run PLAN.json</code>.": "设置实验（模型 × 运行时 × 后端 × 线程 × 放置 × 浏览器），在内嵌浏览器、Chromium、Firefox 或 Selenium Grid 中以及原生地运行。每次运行结束即被保存；中断的计划可从停止处继续。同一引擎也可无界面运行：<code>inferscope run PLAN.json</code>。",
    "New experiment…": "新实验…",
    "Run plan file…": "运行计划文件…",
    # Compare page distributions
    "A: %1": "A：%1",
    "B: %1": "B：%1",
    "Latency (ms), steady samples": "延迟 (ms)，稳态样本",
    "Share of samples at or below": "不超过该值的样本比例",
    # Results page: the run's recorded details
    "Details": "详情",
    "Recorded": "记录项",
    "Value": "值",
    # GUI workload
    "GUI workload time increase while busy (%)": "繁忙时 GUI 工作负载耗时增加 (%)",
    "GUI +%": "GUI +%",
    # Experiment builder: workloads
    "none": "无",
    "GUI steps (TodoMVC-like)": "GUI 步骤（类 TodoMVC）",
    "Scripted DOM steps every 250 ms beside the model, timed idle and busy": "与模型并行、每 250 ms 执行一次的脚本化 DOM 步骤，分别在空闲与繁忙时计时",
    "animation": "动画",
    "A canvas animation every frame beside the model; its frame rate is measured": "与模型并行、每帧绘制的 canvas 动画；测量其帧率",
    "Page workload:": "页面工作负载：",
    "Choose at least one backend, thread count, placement, workload and browser.": "请至少选择一个后端、线程数、放置方式、工作负载和浏览器。",
}

# English plural forms for the %n strings (the source text serves every other English string).
EN_PLURALS = {
    "Bundle %1: %n run(s)": ("Bundle %1: %n run", "Bundle %1: %n runs"),
    "%n run(s) were being written when the writer stopped; they are not in the bundle and rerun on resume.": (
        "%n run was being written when the writer stopped; it is not in the bundle and reruns on resume.",
        "%n runs were being written when the writer stopped; they are not in the bundle and rerun on resume."),
    "Loaded %n run(s)": ("Loaded %n run", "Loaded %n runs"),
    "%1: %n run(s)": ("%1: %n run", "%1: %n runs"),
    "%n damaged record(s), listed below": ("%n damaged record, listed below", "%n damaged records, listed below"),
    "%n cell(s)": ("%n cell", "%n cells"),
    "%n repetition(s)": ("%n repetition", "%n repetitions"),
    "%n run(s)": ("%n run", "%n runs"),
    "%n chosen model(s) will be fetched into the cache first.": (
        "%n chosen model will be fetched into the cache first.", "%n chosen models will be fetched into the cache first."),
    "Fetching %n model(s) the experiment needs": ("Fetching %n model the experiment needs", "Fetching %n models the experiment needs"),
}


def fill_english_plurals() -> list:
    path = Path(__file__).with_name("inferscope_en.ts")
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text
        forms = EN_PLURALS.get(source)
        if forms is None:
            missing.append(source)
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    path = Path(__file__).with_name("inferscope_zh_CN.ts")
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        context = ctx.find("name").text
        for message in ctx.iter("message"):
            source = message.find("source").text
            text = ZH.get(f"{context}|{source}", ZH.get(source))
            if text is None:
                missing.append(source)
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    missing += fill_english_plurals()
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
