// InferScope's measurement harness. Runs one cell (model x runtime x backend x threads) in the page
// or in a dedicated Worker and reports raw events to the local server: phases, every sample, the
// outputs against the reference, and the environment that actually ran. Loaded as a classic script in
// both scopes. Every failure is reported as an "error" event with its stage, never as a silent hang.
(function (scope) {
  'use strict';
  const isWorker = typeof importScripts === 'function';
  const now = () => performance.now();

  // ---- reporting ------------------------------------------------------------------------------
  // reporter.js (loaded before this file): batches events and posts them to the local server in order.
  function makeReporter(config) {
    if (!scope.InferScopeReporter) throw new Error('reporter.js is not loaded before harness.js');
    return scope.InferScopeReporter.makeReporter(config);
  }

  // A configuration this runtime or browser cannot run at all (not a failure of the run): the record
  // says "unsupported" with the reason, and a report lists it among the cells that could not run here.
  class Unsupported extends Error {}

  // ---- recurrent state ---------------------------------------------------------------------------
  // A model whose state output is the next inference's input (spec.state_from: a voice-activity detector's
  // stateN -> state, a streaming recogniser's cache). Each run starts from the input's generated value (the
  // reference input) and every inference after feeds the last one's state back, as the application does; each
  // sample is one step. Returns a function applying that to the feeds after a run, before its outputs are read.
  function stateFeedback(rt, lib, session, config) {
    const names = rt.outputNames(session);
    const links = config.model.inputs.filter((spec) => spec.state_from).map((spec) => {
      const output = names.indexOf(spec.state_from);
      if (output < 0) throw new Error('state input ' + spec.name + ' names ' + spec.state_from + ', which the model does not output');
      return { input: spec.name, output };
    });
    const carry = (feeds, out) => { for (const l of links) rt.feedBack(lib, feeds, l.input, out[l.output]); };
    carry.count = links.length;
    return carry;
  }

  // ---- real-time accuracy ------------------------------------------------------------------------
  // A short stream of distinct seeded frames (the reference input plus seeded noise of its own scale), each
  // inferred once: its top-1 (first output's arg max) and how long its inference took. The engine replays
  // them at 5-60 fps (core/analysis/realtime_accuracy): frames arriving while busy reuse the last result.
  async function realtimeFrames(rt, lib, session, inputs, frames, detections, carryState) {
    let seed = 12345;
    const rand = () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 4294967296; };
    const top1 = [], ms = [], boxes = [];
    // A configuration input (spec.constant: a sample rate, a flag) keeps the value the application feeds; recurrent
    // state (spec.state_from) starts from its reference value and then flows from frame to frame.
    const perturbed = ({ spec, data }) => data instanceof Float32Array && spec.constant === undefined && !spec.state_from;
    const distinct = inputs.some(perturbed);
    const state = {};
    for (let f = 0; f < frames; f++) {
      const frame = inputs.map(({ spec, data }) => {
        if (!perturbed({ spec, data })) return { spec, data };
        let lo = Infinity, hi = -Infinity;
        for (const v of data) { if (v < lo) lo = v; if (v > hi) hi = v; }
        const amplitude = 0.5 * ((hi - lo) || 1);
        const copy = new Float32Array(data.length);
        for (let i = 0; i < data.length; i++) copy[i] = data[i] + amplitude * (rand() - 0.5);
        return { spec, data: copy };
      });
      const feeds = Object.assign(rt.feeds(lib, frame), state);
      const t0 = now();
      const out = await rt.run(lib, session, feeds);
      carryState(state, out);
      const data = await rt.read(out);
      ms.push(now() - t0);
      const first = data[0];
      let best = 0;
      for (let i = 1; i < first.length; i++) if (first[i] > first[best]) best = i;
      top1.push(best);
      if (detections) { // a detector: its highest-scoring box (the four corners of that row)
        const rows = data[detections.output], width = detections.row;
        let top = 0;
        for (let r = width; r + width <= rows.length; r += width) if (Number(rows[r + detections.score]) > Number(rows[top + detections.score])) top = r;
        boxes.push(rows.length >= width ? [0, 1, 2, 3].map((k) => Number(rows[top + k])) : null);
      }
      await yieldTask();
    }
    return detections ? { frames, top1, ms, boxes, distinct_frames: distinct } : { frames, top1, ms, distinct_frames: distinct };
  }

  // ---- generative decoding ------------------------------------------------------------------------
  // decoding.js (loaded before this file) holds the loop, shared with the native tool so the generated ids compare
  // token for token; here it runs on the page's runtime and clock.
  function decoding() {
    if (!scope.InferScopeDecoding) throw new Error('decoding.js is not loaded before harness.js');
    return scope.InferScopeDecoding;
  }
  async function generate(o, session, config, onToken) {
    const pasts = decoding().cacheInputs(config.model.inputs);
    if (!pasts)
      throw new Error('model ' + config.model.id + ' has no input_ids and past_* (KV cache) inputs: generation needs a decoder of the zoo (text-generation)');
    return decoding().generate({ Tensor: o.Tensor, now }, session, pasts, config.generation, onToken);
  }

  // Warm-up generations for at least min_warmup_ms (one at least), then `generations` measured ones: each
  // decode step is a sample (warm-up or steady), each measured generation a 'generation' event.
  async function runGenerations(lib, session, config, report, enter) {
    if (config.runtime !== 'ort-web') throw new Unsupported('generation runs on ONNX Runtime Web (the decoders are ONNX models)');
    enter('warmup');
    const p = config.policy;
    const begin = now();
    let warmups = 0;
    do {
      await generate(lib, session, config, (ms) => report.event('sample', { phase: 'warmup', ms }));
      ++warmups;
      await report.flush();
      await yieldTask();
    } while (now() - begin < p.min_warmup_ms && now() - begin < p.max_warmup_ms);
    report.event('phase', { name: 'warmup', ms: now() - begin, count: warmups });
    enter('prediction');
    const sampleBegin = now();
    let taken = 0;
    const heap = () => (scope.performance && performance.memory ? performance.memory.usedJSHeapSize : null);
    for (let i = 0; i < config.generation.generations; i++) {
      const heapBefore = heap();
      const r = await generate(lib, session, config, (ms) => { report.event('sample', { phase: 'steady', ms, run_ms: ms }); ++taken; });
      report.event('generation', { generation: { index: i, ...r, heap_before: heapBefore, heap_after: heap() } });
      await report.flush();
      await yieldTask();
    }
    report.event('phase', { name: 'prediction', ms: now() - sampleBegin, count: taken, readback_mean_ms: 0 });
    return taken;
  }

  // ---- per-operator profile ---------------------------------------------------------------------
  // Console lines that look like ONNX Runtime profile records are kept (and not printed); the rest pass.
  function captureProfileLines() {
    const lines = [];
    for (const level of ['log', 'info', 'warn', 'error']) {
      const original = console[level].bind(console);
      console[level] = (...args) => {
        const text = args.map(String).join(' ');
        if (text.includes('"cat"') && text.includes('"dur"')) lines.push(text); else original(...args);
      };
    }
    return lines;
  }
  // ONNX Runtime's profile records summed per operator and node (decoding.js, the same as the native tool's).
  function aggregateProfile(records, runs, source, lines) {
    const out = decoding().aggregateProfile(records, runs, source);
    if (!Object.keys(out.ops).length) out.error = 'the profiling session printed no kernel records (' + lines + ' profile lines captured)';
    return out;
  }

  // ---- runtimes -------------------------------------------------------------------------------
  function loadScript(src) {
    if (isWorker) { importScripts(src); return Promise.resolve(); }
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error('cannot load ' + src));
      document.head.appendChild(s);
    });
  }
  // One macrotask turn between inferences (outside the timed span): without it an async loop over a
  // synchronous wasm backend runs on microtasks only and holds the thread for whole phases, so input
  // and frames would measure the harness rather than the model. A MessageChannel task is not clamped
  // the way nested setTimeout(0) is (4 ms).
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => { const resolve = waiting.shift(); if (resolve) resolve(); };
  const yieldTask = () => new Promise((resolve) => { waiting.push(resolve); channel.port2.postMessage(0); });
  const npm = (path) => new URL('../npm/' + path, scope.location.href).href;
  const modelUrl = (config, file) => new URL('../models/' + config.model.id + '/' + file, scope.location.href).href;

  async function fetchBytes(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error('HTTP ' + response.status + ' for ' + url.replace(/^.*\/models\//, 'models/'));
    return new Uint8Array(await response.arrayBuffer());
  }

  const typed = { float32: Float32Array, int32: Int32Array, int64: BigInt64Array, uint8: Uint8Array };
  async function referenceInputs(config) {
    return Promise.all(config.model.inputs.map(async (spec, i) => {
      const bytes = await fetchBytes(modelUrl(config, 'reference/input_' + i + '.bin'));
      const Type = typed[spec.dtype];
      return { spec, data: new Type(bytes.buffer, bytes.byteOffset, bytes.byteLength / Type.BYTES_PER_ELEMENT) };
    }));
  }
  async function referenceOutputs(config) {
    try {
      const meta = JSON.parse(new TextDecoder().decode(await fetchBytes(modelUrl(config, 'reference/reference.json'))));
      return Promise.all(meta.outputs.map(async (o) => {
        const bytes = await fetchBytes(modelUrl(config, 'reference/' + o.file));
        // Each output as its type was written (int64 indices, int32 classes, uint8/bool masks), not read as floats.
        const Type = { int64: BigInt64Array, int32: Int32Array, int16: Int16Array, int8: Int8Array, uint16: Uint16Array, uint8: Uint8Array,
          bool: Uint8Array, float64: Float64Array }[o.dtype] || Float32Array;
        return { name: o.name, dtype: o.dtype || 'float32', runtime: meta.runtime,
          data: Array.from(new Type(bytes.buffer, bytes.byteOffset, bytes.byteLength / Type.BYTES_PER_ELEMENT), Number) };
      }));
    } catch (e) { return []; }
  }

  const ort = {
    async load(config) {
      // QtWebEngine's V8 10.2 runs the JSEP build slowly and erratically: the plain wasm bundle everywhere
      // (one code path for every browser); webgl/webgpu need the full bundle.
      // runtime_version "1.17": ONNX Runtime Web 1.17.3 (npm alias onnxruntime-web-1.17), whose wasm comes
      // in four builds (plain, threaded, SIMD, SIMD+threaded) and honours env.wasm.simd: the ablation.
      const pkg = config.runtime_version ? 'onnxruntime-web-' + config.runtime_version : 'onnxruntime-web';
      const file = config.backend === 'wasm' ? pkg + '/dist/ort.wasm.min.js' : pkg + '/dist/ort.all.min.js';
      await loadScript(npm(file));
      const o = scope.ort;
      if (config.backend === 'webnn') {
        // What the browser offers, in its own words: no navigator.ml at all, or a context it cannot create
        // (Chromium on Linux: "WebNN is not supported on this platform"). Either is "unsupported", not a failure.
        if (!scope.navigator || !navigator.ml)
          throw new Unsupported('this browser offers no WebNN (navigator.ml is missing; Chromium exposes it with --enable-features=WebMachineLearningNeuralNetwork)');
        try {
          await navigator.ml.createContext();
        } catch (e) {
          throw new Unsupported('WebNN: navigator.ml.createContext() failed: ' + String((e && e.message) || e));
        }
      }
      if (config.backend === 'wasm' && config.simd === false && !config.runtime_version) // 1.30 skips its SIMD check and loads the SIMD build anyway
        throw new Unsupported('ONNX Runtime Web ' + ((o.env.versions && o.env.versions.web) || '') +
          ' ships only a SIMD build of its wasm (ort-wasm-simd-threaded.wasm): SIMD cannot be switched off ' +
          '(the configuration\'s "runtime_version": "1.17" runs ONNX Runtime Web 1.17.3, which can)');
      o.env.wasm.wasmPaths = npm(pkg + '/dist/');
      o.env.wasm.numThreads = config.threads;
      o.env.wasm.simd = config.simd !== false;
      o.env.wasm.proxy = false;
      return o;
    },
    async session(o, config, bytes, externalData) {
      // webnn: the execution provider on the CPU device, which every WebNN implementation offers.
      const providers = config.backend === 'wasm' ? ['wasm'] : config.backend === 'webnn' ? [{ name: 'webnn', deviceType: 'cpu' }] : [config.backend];
      const options = { executionProviders: providers, graphOptimizationLevel: 'all' };
      if (!externalData || !externalData.length) return o.InferenceSession.create(bytes, options);
      options.externalData = externalData; // weights beside the graph, by the graph's names
      try {
        return await o.InferenceSession.create(bytes, options);
      } catch (e) {
        // ONNX Runtime Web 1.17.3's wasm build cannot mount external data (measured: "Cannot read properties of
        // undefined (reading 'apply')" in every browser); 1.30 loads the same model.
        if (config.runtime_version)
          throw new Unsupported('ONNX Runtime Web ' + ((o.env.versions && o.env.versions.web) || config.runtime_version) +
            ' cannot load a model whose weights are in external data files (' + String((e && e.message) || e) + '); the pinned version can');
        throw e;
      }
    },
    feeds(o, inputs) {
      const feeds = {};
      for (const { spec, data } of inputs) feeds[spec.name] = new o.Tensor(spec.dtype, data, spec.shape);
      return feeds;
    },
    async run(o, session, feeds) {
      const out = await session.run(feeds);
      return session.outputNames.map((n) => out[n]);
    },
    outputNames(session) { return session.outputNames; },
    // An output fed back as the next inference's input (recurrent state): ONNX Runtime Web's CPU tensors can be.
    feedBack(o, feeds, name, tensor) { feeds[name] = tensor; },
    async read(tensors) { return tensors.map((t) => t.data); },
    // A separate session with enableProfiling after the timed samples. ONNX Runtime Web's wasm build prints
    // its profile as Chrome-trace records to the console on endProfiling(); `captured` holds those lines
    // (captureProfileLines, installed before the runtime loaded, since the wasm module binds console then).
    async profile(o, config, bytes, feeds, captured, runs, externalData) {
      const providers = config.backend === 'wasm' ? ['wasm'] : config.backend === 'webnn' ? [{ name: 'webnn', deviceType: 'cpu' }] : [config.backend];
      const options = { executionProviders: providers, graphOptimizationLevel: 'all', enableProfiling: true };
      if (externalData && externalData.length) options.externalData = externalData;
      const session = await o.InferenceSession.create(bytes, options);
      for (let i = 0; i < runs; i++) await session.run(feeds);
      captured.length = 0;
      await session.endProfiling();
      if (session.release) await session.release();
      const records = [];
      for (const line of captured) {
        try { const r = JSON.parse(line.trim().replace(/,$/, '')); records.push(...(Array.isArray(r) ? r : [r])); } catch (e) { /* not a record */ }
      }
      return aggregateProfile(records, runs, 'onnxruntime-web enableProfiling', captured.length);
    },
    env(o, config) {
      return { runtime_version: o.env.versions ? o.env.versions.web || o.env.versions.common : null,
        threads_requested: config.threads, wasm_num_threads: o.env.wasm.numThreads,
        threads_used: (scope.crossOriginIsolated ? config.threads : 1), simd: o.env.wasm.simd };
    },
  };

  const tfjs = {
    async load(config) {
      await loadScript(npm('@tensorflow/tfjs/dist/tf.min.js'));
      const tf = scope.tf;
      if (config.backend === 'wasm') {
        await loadScript(npm('@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.min.js'));
        tf.wasm.setWasmPaths(npm('@tensorflow/tfjs-backend-wasm/dist/'));
        tf.wasm.setThreadsCount && tf.wasm.setThreadsCount(config.threads);
        if (config.simd === false && config.threads > 1) // it would silently run one thread
          throw new Unsupported('TF.js ' + tf.version.tfjs + ' has no multithreaded wasm build without SIMD ' +
            '(tfjs-backend-wasm-threaded-simd.wasm only): threads without SIMD cannot run');
        if (config.simd === false) tf.env().set('WASM_HAS_SIMD_SUPPORT', false);
        if (config.threads <= 1) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      } else if (config.backend === 'webgpu') {
        if (!navigator.gpu) throw new Unsupported('this browser offers no WebGPU (navigator.gpu is missing)');
        await loadScript(npm('@tensorflow/tfjs-backend-webgpu/dist/tf-backend-webgpu.min.js'));
      }
      // A browser without the API (WebGL in a headless Firefox, no adapter) cannot run the cell at all.
      if (!(await tf.setBackend(config.backend))) throw new Unsupported('TF.js could not start its ' + config.backend + ' backend in this browser');
      await tf.ready();
      return tf;
    },
    // A graph model, or a Keras-style layers model (tf.loadLayersModel: Teachable Machine, Keras conversions), whose
    // inputs and outputs go by their layers' names and which infers through predict().
    async session(tf, config) {
      if (config.model.format === 'tfjs-layers') return tf.loadLayersModel(modelUrl(config, 'model.json'));
      return tf.loadGraphModel(modelUrl(config, 'model.json'));
    },
    feeds(tf, inputs) {
      const feeds = {};
      for (const { spec, data } of inputs) feeds[spec.name] = tf.tensor(data, spec.shape, spec.dtype);
      return feeds;
    },
    async run(tf, model, feeds) {
      const out = model instanceof tf.LayersModel ? model.predict(model.inputNames.map((n) => feeds[n])) : await model.executeAsync(feeds);
      return Array.isArray(out) ? out : [out];
    },
    outputNames(model) { return model instanceof scope.tf.LayersModel ? model.outputNames : model.outputs.map((o) => o.name); },
    // read() disposes every output, so the state fed back is a copy; the previous state is released.
    feedBack(tf, feeds, name, tensor) {
      const previous = feeds[name];
      feeds[name] = tensor.clone();
      if (previous) previous.dispose();
    },
    async read(tensors) {
      const data = await Promise.all(tensors.map((t) => t.data()));
      tensors.forEach((t) => t.dispose());
      return data;
    },
    // tf.profile over `runs` inferences: each kernel's name and its time (kernelTimeMs; a backend that cannot
    // time kernels gives an error object instead, which the profile says).
    async profile(tf, config, model, feeds, captured, runs) {
      const ops = {};
      let untimed = 0;
      for (let i = 0; i < runs; i++) {
        const info = await tf.profile(async () => tf.dispose(await this.run(tf, model, feeds)));
        for (const k of info.kernels) {
          if (String(k.name).endsWith('__op')) continue; // the op wrapping the kernel listed beside it: counted once
          const ms = await k.kernelTimeMs;
          if (typeof ms !== 'number') { ++untimed; continue; }
          const op = ops[k.name] || (ops[k.name] = { count: 0, us: 0 });
          op.count += 1;
          op.us += ms * 1000;
        }
      }
      const out = { source: 'tf.profile', runs, ops, top_nodes: [] };
      if (untimed) out.untimed_kernels = untimed;
      if (!Object.keys(ops).length) out.error = 'tf.profile timed no kernel on the ' + config.backend + ' backend';
      return out;
    },
    env(tf, config) {
      const flags = tf.env();
      return { runtime_version: tf.version.tfjs, backend_active: tf.getBackend(), threads_requested: config.threads,
        threads_used: config.backend === 'wasm' && tf.wasm && tf.wasm.getThreadsCount ? tf.wasm.getThreadsCount() : 1,
        simd: config.backend === 'wasm' ? !!flags.getBool('WASM_HAS_SIMD_SUPPORT') : null,
        tfjs_memory: tf.memory() };
    },
  };

  // ---- accuracy -------------------------------------------------------------------------------
  // Multiset overlap of two outputs' values, order ignored (integers exactly, floats within 1e-4 relative): how
  // much of the reference's set of indices or surviving boxes the browser's output holds.
  function setOverlap(a, b) {
    const x = Array.from(a, Number).sort((p, q) => p - q), y = Array.from(b, Number).sort((p, q) => p - q);
    let i = 0, j = 0, same = 0;
    while (i < x.length && j < y.length) {
      if (Math.abs(x[i] - y[j]) <= 1e-4 * Math.max(1, Math.abs(y[j]))) { ++same; ++i; ++j; } else if (x[i] < y[j]) ++i; else ++j;
    }
    return same / Math.max(x.length, y.length, 1);
  }

  // Each output against the reference output of the same name. Integer outputs (indices, classes) and outputs the
  // catalog declares order-dependent (boxes after non-maximum suppression) depend on tie-breaking among
  // near-equal scores, which differs between kernels on a random input: they are compared as sets too and
  // marked, so a reader (and the summaries) can tell such a difference from a wrong result.
  function compare(outputs, names, references, orderDependent) {
    const declared = new Set(orderDependent || []);
    return outputs.map((data, i) => {
      const name = names[i];
      const ref = references.find((r) => r.name === name) || references[i];
      if (!ref || ref.data.length !== data.length) return { index: i, name, compared: false };
      let maxAbs = 0, maxRel = 0, dot = 0, na = 0, nb = 0, argA = 0, argB = 0;
      for (let k = 0; k < data.length; ++k) {
        const a = Number(data[k]), b = ref.data[k];
        const d = Math.abs(a - b);
        maxAbs = Math.max(maxAbs, d);
        maxRel = Math.max(maxRel, d / Math.max(Math.abs(b), 1e-6));
        dot += a * b; na += a * a; nb += b * b;
        if (a > Number(data[argA])) argA = k;
        if (b > ref.data[argB]) argB = k;
      }
      const result = { index: i, name: ref.name || name, compared: true, reference: ref.runtime, max_abs_error: maxAbs, max_rel_error: maxRel,
        cosine: dot / (Math.sqrt(na * nb) || 1), top1_agrees: argA === argB };
      if (declared.has(ref.name) || /int/.test(ref.dtype)) {
        result.order_dependent = declared.has(ref.name) ? 'declared' : 'integer';
        result.set_overlap = setOverlap(data, ref.data);
      }
      // Top-5 agreement for score vectors (classification-sized outputs, not images or feature maps).
      if (data.length >= 5 && data.length <= 100000) {
        const top5 = (get) => {
          const best = [];
          for (let k = 0; k < data.length; ++k) {
            const v = get(k);
            if (best.length < 5 || v > best[best.length - 1].v) {
              best.push({ k, v });
              best.sort((x, y) => y.v - x.v);
              if (best.length > 5) best.pop();
            }
          }
          return best.map((e) => e.k);
        };
        const a5 = top5((k) => Number(data[k])), b5 = top5((k) => ref.data[k]);
        result.top5_overlap = a5.filter((k) => b5.includes(k)).length / 5;
        result.top5_contains_reference_top1 = a5.includes(argB);
      }
      return result;
    });
  }

  function environment(config) {
    const env = { user_agent: navigator.userAgent, cross_origin_isolated: !!scope.crossOriginIsolated,
      hardware_concurrency: navigator.hardwareConcurrency, placement: isWorker ? 'worker' : 'main',
      device_memory: navigator.deviceMemory || null, timer_resolution_hint_us: scope.crossOriginIsolated ? 5 : 100 };
    try {
      const canvas = isWorker ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
      const gl = canvas.getContext('webgl2') || canvas.getContext('webgl');
      if (gl) {
        const info = gl.getExtension('WEBGL_debug_renderer_info');
        env.webgl_renderer = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
        env.webgl_software = /swiftshader|llvmpipe|software/i.test(env.webgl_renderer);
      }
    } catch (e) { env.webgl_renderer = null; }
    env.webgpu = !!navigator.gpu;
    return env;
  }

  // The WebGPU adapter the page gets, so a software one (SwiftShader, lavapipe) is flagged in every output.
  async function webgpuAdapter() {
    if (!navigator.gpu) return { webgpu_adapter: null };
    try {
      const adapter = await navigator.gpu.requestAdapter();
      if (!adapter) return { webgpu_adapter: null };
      const info = adapter.info || (adapter.requestAdapterInfo ? await adapter.requestAdapterInfo() : {});
      const described = { vendor: info.vendor || '', architecture: info.architecture || '', device: info.device || '',
        description: info.description || '', fallback: !!(adapter.isFallbackAdapter || info.isFallbackAdapter) };
      return { webgpu_adapter: described, webgpu_software: described.fallback ||
        /swiftshader|llvmpipe|lavapipe|software|cpu/i.test([described.vendor, described.architecture, described.device, described.description].join(' ')) };
    } catch (e) { return { webgpu_adapter: null, webgpu_adapter_error: String((e && e.message) || e) }; }
  }

  // ---- one cell -------------------------------------------------------------------------------
  // `onStage` hears every stage change: the responsiveness probe on the main thread labels its input
  // and frame events with it (in a Worker placement the worker posts it to the page).
  async function runCell(config, report, onStage) {
    let stage = 'load-runtime';
    // A browser on another machine (Grid): nobody can sample its processes, so the page reports its
    // own JS heap where the browser exposes it (Chromium's performance.memory), every 100 ms.
    let heapTimer = null;
    if (config.page_memory && scope.performance && performance.memory) {
      const sampleHeap = () => report.event('heap', { used: performance.memory.usedJSHeapSize, total: performance.memory.totalJSHeapSize });
      sampleHeap();
      heapTimer = setInterval(sampleHeap, 100);
    }
    const enter = (name) => { stage = name; if (name === 'done' && heapTimer) clearInterval(heapTimer); if (onStage) onStage(name); };
    enter(stage);
    try {
      report.event('env', { env: environment(config) });
      const rt = config.runtime === 'tfjs' ? tfjs : ort;
      const captured = config.profile && config.runtime !== 'tfjs' ? captureProfileLines() : null;
      const lib = await rt.load(config);
      enter('fetch');
      let t0 = now();
      let bytes = null;
      let externalData = [];
      if (config.runtime !== 'tfjs') {
        bytes = await fetchBytes(modelUrl(config, config.model.entry));
        for (const path of config.model.external_data || [])
          externalData.push({ path, data: await fetchBytes(modelUrl(config, path)) });
      }
      const inputs = await referenceInputs(config);
      const fetched = bytes ? externalData.reduce((sum, e) => sum + e.data.byteLength, bytes.byteLength) : null;
      report.event('phase', { name: 'fetch', ms: now() - t0, bytes: fetched });
      enter('setup');
      t0 = now();
      const session = await rt.session(lib, config, bytes, externalData);
      report.event('phase', { name: 'setup', ms: now() - t0 });
      const profileBytes = config.profile ? bytes : null; // the profiling session is a second one
      const profileExternalData = config.profile ? externalData : null;
      bytes = null;
      externalData = null;
      enter('first-inference');
      t0 = now();
      const feeds = rt.feeds(lib, inputs);
      const carryState = stateFeedback(rt, lib, session, config);
      const preMs = now() - t0;
      t0 = now();
      let out = await rt.run(lib, session, feeds);
      const firstRun = now() - t0;
      carryState(feeds, out); // outside the timed run, as an application's loop would do it
      t0 = now();
      let data = await rt.read(out);
      // With recurrent state only the first inference starts where the reference did: it is the one checked.
      const firstData = data;
      report.event('phase', { name: 'first', ms: firstRun + (now() - t0), run_ms: firstRun, readback_ms: now() - t0, pre_ms: preMs });

      if (config.generation) {
        const taken = await runGenerations(lib, session, config, report, enter);
        enter('accuracy');
        report.event('outputs', { fidelity: compare(data, rt.outputNames(session), await referenceOutputs(config), config.model.order_dependent),
          shapes: out.map((t) => (t.dims || t.shape)), head: data.map((d) => Array.from(d.slice(0, 8), Number)) });
        report.event('env', { env: Object.assign(environment(config), rt.env(lib, config)) });
        enter('done');
        report.event('done', { samples: taken });
        await report.flush();
        return;
      }
      // Warm-up until steady, by time: at least min_warmup_ms and until the last 10 samples vary less
      // than 5% (coefficient of variation), at most max_warmup_ms. V8 tiers wasm up for seconds.
      enter('warmup');
      const p = config.policy;
      const begin = now();
      const window = [];
      let warmups = 0;
      while (true) {
        const elapsed = now() - begin;
        if (elapsed >= p.max_warmup_ms) break;
        if (elapsed >= p.min_warmup_ms && window.length >= 10) {
          const mean = window.reduce((a, b) => a + b, 0) / window.length;
          const sd = Math.sqrt(window.reduce((a, b) => a + (b - mean) * (b - mean), 0) / (window.length - 1));
          if (sd / mean < 0.05) break;
        }
        t0 = now();
        out = await rt.run(lib, session, feeds);
        carryState(feeds, out);
        data = await rt.read(out);
        const ms = now() - t0;
        window.push(ms);
        if (window.length > 10) window.shift();
        report.event('sample', { phase: 'warmup', ms });
        ++warmups;
        if (warmups % 20 === 0) report.flush();
        await yieldTask();
      }
      report.event('phase', { name: 'warmup', ms: now() - begin, count: warmups });

      enter('prediction');
      const sampleBegin = now();
      let taken = 0, readbackTotal = 0;
      while (taken < p.samples && now() - sampleBegin < p.max_sample_ms) {
        t0 = now();
        out = await rt.run(lib, session, feeds);
        const runMs = now() - t0;
        carryState(feeds, out);
        const r0 = now();
        data = await rt.read(out);
        readbackTotal += now() - r0;
        report.event('sample', { phase: 'steady', ms: now() - t0, run_ms: runMs });
        ++taken;
        if (taken % 50 === 0) report.flush(); // between inferences, never inside a timed one
        await yieldTask();
      }
      report.event('phase', { name: 'prediction', ms: now() - sampleBegin, count: taken, readback_mean_ms: readbackTotal / Math.max(1, taken) });
      enter('accuracy');
      const references = await referenceOutputs(config);
      const checked = carryState.count ? firstData : data;
      const head = (outputs) => outputs.map((d) => Array.from(d.slice(0, 8), Number));
      report.event('outputs', { fidelity: compare(checked, rt.outputNames(session), references, config.model.order_dependent), checked_inference: carryState.count ? 'first' : 'last',
        shapes: out.map((t) => (t.dims || t.shape)), head: head(checked), last_head: carryState.count ? head(data) : undefined });
      if (config.realtime) {
        try {
          report.event('realtime', { realtime: await realtimeFrames(rt, lib, session, inputs, config.realtime.frames || 60, config.model.detections, carryState) });
        } catch (e) {
          report.event('realtime', { realtime: { error: 'real-time frames failed: ' + String((e && e.message) || e) } });
        }
      }
      if (config.profile) {
        // After the timed samples and their check, never among them: the profiler's overhead is its own.
        try {
          report.event('profile', await rt.profile(lib, config, config.runtime === 'tfjs' ? session : profileBytes, feeds, captured, 10, profileExternalData));
        } catch (e) {
          report.event('profile', { ops: {}, runs: 0, error: 'profiling failed: ' + String((e && e.message) || e) });
        }
      }
      const gpu = config.backend === 'webgpu' ? await webgpuAdapter() : {};
      report.event('env', { env: Object.assign(environment(config), rt.env(lib, config), gpu) });
      enter('done');
      report.event('done', { samples: taken });
      await report.flush();
    } catch (e) {
      const failedStage = stage;
      enter('done');
      report.event(e instanceof Unsupported ? 'unsupported' : 'error', { stage: failedStage, message: String((e && e.message) || e), stack: e && e.stack ? String(e.stack).slice(0, 2000) : null });
      await report.flush();
    }
  }

  // ---- responsiveness probe (main thread) --------------------------------------------------------
  // Clicks injected by the driver (CDP Input.dispatchMouseEvent, BiDi input.performActions, W3C actions)
  // land here: each reports its delay from the event's own timestamp and its wall-clock handling time,
  // which the orchestrator pairs with the driver's send time (Firefox stamps synthesised events at
  // dispatch, so only the wall-clock pair sees its queueing). requestAnimationFrame intervals measure
  // smoothness; only frames after the probe started count (a stale first rAF time reads as a long frame).
  const phaseCodes = { idle: 0, 'load-runtime': 1, fetch: 1, setup: 1, 'first-inference': 1, warmup: 2, prediction: 3, accuracy: 3, done: 4 };
  // Workloads run on the page's main thread beside the model (METRICS.md): 'gui' is a TodoMVC-like
  // step every 250 ms (add 20 items, complete them, remove them, each forcing layout), timed from its
  // scheduled start, so time spent waiting behind the model counts as a user would feel it; 'animation'
  // draws a canvas scene every frame, so the frame probe measures an animating page.
  function startWorkload(config, report, phaseOf, isStopped) {
    const workload = config.workload || 'none';
    const area = document.getElementById('workload');
    if (workload === 'gui') {
      const list = document.createElement('ul');
      area.appendChild(list);
      let due = now() + 250;
      const step = () => {
        if (isStopped()) return;
        const start = now();
        for (let i = 0; i < 20; ++i) {
          const li = document.createElement('li');
          const box = document.createElement('input');
          box.type = 'checkbox';
          li.appendChild(box);
          li.appendChild(document.createTextNode(' todo ' + i));
          list.appendChild(li);
        }
        void list.offsetHeight;
        for (const li of list.children) { li.firstChild.checked = true; li.className = 'done'; }
        void list.offsetHeight;
        list.replaceChildren();
        void list.offsetHeight;
        const end = now();
        report.event('workload', { ms: end - due, work_ms: end - start, phase: phaseOf() });
        due = Math.max(due + 250, end);
        setTimeout(step, Math.max(0, due - now()));
      };
      setTimeout(step, 250);
    } else if (workload === 'animation') {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 160;
      area.appendChild(canvas);
      const g = canvas.getContext('2d');
      const draw = (ts) => {
        if (isStopped()) return;
        g.clearRect(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < 200; ++i) {
          const a = ts / 500 + i * 0.13;
          g.fillStyle = 'hsl(' + ((i * 7) % 360) + ',60%,55%)';
          g.fillRect(160 + Math.cos(a) * (20 + i * 0.6) - 3, 80 + Math.sin(a) * (10 + i * 0.3) - 3, 6, 6);
        }
        scope.requestAnimationFrame(draw);
      };
      scope.requestAnimationFrame(draw);
    } else if (workload === 'video') {
      return startVideo(area, report, phaseOf, isStopped);
    }
    return Promise.resolve(workload !== 'none');
  }

  // ---- video workload ------------------------------------------------------------------------------
  // The study's video smoothness: a clip plays beside the model and requestVideoFrameCallback counts the
  // frames the browser presents, idle and busy (METRICS.md). The clip is made here, before the idle phase,
  // so nothing is fetched: a canvas scene drawn frame by frame (a moving pattern and the frame number) is
  // recorded by MediaRecorder for kClipSeconds at kClipFps into WebM, then played muted in a loop.
  const kClipFps = 30, kClipSeconds = 2;
  async function makeClip() {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 180;
    if (typeof MediaRecorder === 'undefined' || typeof canvas.captureStream !== 'function')
      throw new Error('this browser cannot record a canvas (no MediaRecorder or canvas.captureStream)');
    const mime = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t));
    if (!mime) throw new Error('this browser cannot record WebM video');
    const g = canvas.getContext('2d');
    const draw = (n) => {
      g.fillStyle = '#203040';
      g.fillRect(0, 0, 320, 180);
      for (let i = 0; i < 24; ++i) {
        g.fillStyle = 'hsl(' + ((i * 15 + n * 4) % 360) + ',70%,55%)';
        g.fillRect((i * 37 + n * 6) % 340 - 20, 20 + (i % 6) * 24, 18, 18);
      }
      g.fillStyle = '#fff';
      g.font = 'bold 40px monospace';
      g.fillText(String(n), 12, 170);
    };
    draw(0);
    const stream = canvas.captureStream(kClipFps);
    const recorder = new MediaRecorder(stream, { mimeType: mime, videoBitsPerSecond: 1000000 });
    const chunks = [];
    recorder.ondataavailable = (e) => { if (e.data && e.data.size) chunks.push(e.data); };
    const stopped = new Promise((resolve, reject) => { recorder.onstop = resolve; recorder.onerror = (e) => reject(e.error || new Error('MediaRecorder failed')); });
    const started = now();
    recorder.start(250);
    let n = 0;
    await new Promise((resolve) => {
      const timer = setInterval(() => {
        draw(++n);
        if (n >= kClipFps * kClipSeconds) { clearInterval(timer); resolve(); }
      }, 1000 / kClipFps);
    });
    recorder.stop();
    await stopped;
    stream.getTracks().forEach((t) => t.stop());
    const blob = new Blob(chunks, { type: mime.split(';')[0] });
    if (!blob.size) throw new Error('MediaRecorder produced an empty clip');
    return { blob, mime, frames: n + 1, record_ms: now() - started };
  }

  async function startVideo(area, report, phaseOf, isStopped) {
    const info = { ideal_fps: kClipFps, clip_seconds: kClipSeconds };
    try {
      if (!('requestVideoFrameCallback' in HTMLVideoElement.prototype))
        throw new Error('this browser has no HTMLVideoElement.requestVideoFrameCallback');
      const clip = await makeClip();
      Object.assign(info, { mime: clip.mime, bytes: clip.blob.size, frames: clip.frames, record_ms: clip.record_ms });
      const video = document.createElement('video');
      video.muted = true;
      video.playsInline = true;
      video.width = 320;
      video.height = 180;
      area.appendChild(video);
      // A recorded WebM has no duration or cues in its header; restarting on 'ended' loops it everywhere.
      video.addEventListener('ended', () => { if (!isStopped()) { video.currentTime = 0; video.play().catch(() => {}); } });
      video.src = URL.createObjectURL(clip.blob);
      const quality = () => (typeof video.getVideoPlaybackQuality === 'function' ? video.getVideoPlaybackQuality() : null);
      const onFrame = (ts, metadata) => {
        if (isStopped()) return;
        const q = quality();
        report.event('video', { presented: metadata.presentedFrames, dropped: q ? q.droppedVideoFrames : -1,
          total: q ? q.totalVideoFrames : -1, phase: phaseOf() });
        video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
      await video.play();
      info.available = true;
    } catch (e) {
      info.available = false;
      info.reason = String((e && e.message) || e);
    }
    report.event('video_clip', info);
    return true;
  }

  function startProbe(config, report) {
    const r = config.responsiveness;
    const workload = config.workload && config.workload !== 'none';
    let phase = 'idle';
    let stopped = !r && !workload;
    const probe = { active: !stopped, ready: Promise.resolve(false), setStage(name) { phase = name; if (name === 'done') probe.stop(); }, stop() { stopped = true; } };
    if (stopped) return probe;
    const started = now();
    if (r) {
      scope.addEventListener('pointerdown', (e) => {
        if (stopped) return;
        const t = now();
        report.event('input', { delay_ms: t - e.timeStamp, wall_ms: performance.timeOrigin + t, x: Math.round(e.clientX),
          y: Math.round(e.clientY), phase: phaseCodes[phase] });
      }, { capture: true });
    }
    if ((r && r.frames) || workload) {
      // Each interval is timed when the callback runs, not by rAF's argument: Chromium passes the frame's
      // begin time, issued by the compositor while the main thread may still be blocked, which made a 300 ms
      // block read as a 283 ms frame (the calibration page, docs/CALIBRATION.md); callback time is when the
      // page could draw again, in every browser.
      let last = null;
      const frame = () => {
        if (stopped) return;
        const ts = now();
        if (last !== null && last >= started) report.event('frame', { ms: ts - last, phase: phaseCodes[phase] });
        last = ts;
        scope.requestAnimationFrame(frame);
      };
      scope.requestAnimationFrame(frame);
    }
    // Resolves when the workload runs (the video workload first makes its clip): the idle phase starts then.
    probe.ready = startWorkload(config, report, () => phaseCodes[phase], () => stopped);
    return probe;
  }

  function startFromPage() {
    const params = new URLSearchParams(scope.location.search);
    const config = JSON.parse(params.get('config'));
    document.getElementById('run').textContent = config.run;
    const show = (text) => { document.getElementById('phase').textContent = text; };
    const report = makeReporter(config);
    scope.addEventListener('error', (e) => { report.event('error', { stage: 'page', message: String(e.message) }); });
    scope.addEventListener('unhandledrejection', (e) => { report.event('error', { stage: 'page', message: String(e.reason) }); });
    const probe = startProbe(config, report);
    const begin = () => {
      show(config.runtime + ' ' + config.backend + ', ' + config.threads + ' thread(s), ' + (config.placement === 'worker' ? 'in a Web Worker' : 'on the main thread') + ': measuring');
      if (config.placement === 'worker') {
        // The page's own events (probe) leave every half second; the worker reports its own.
        const flusher = probe.active ? setInterval(() => report.flush(), 500) : null;
        const worker = new Worker('worker.js');
        worker.onerror = (e) => { report.event('error', { stage: 'worker', message: String(e.message || 'worker failed to start') }); };
        worker.onmessage = (m) => {
          if (m.data && m.data.stage) probe.setStage(m.data.stage);
          if (m.data === 'finished') { show('finished'); probe.stop(); if (flusher) clearInterval(flusher); }
        };
        worker.postMessage(config);
      } else {
        runCell(config, report, probe.setStage).then(() => show('finished'));
      }
    };
    if (probe.active) {
      // Idle first: the reference the busy phases are compared with (the page is up, no runtime loaded).
      const idleMs = config.responsiveness ? config.responsiveness.idle_ms : 3000;
      show('idle: measuring responsiveness for ' + idleMs + ' ms');
      probe.ready.then(() => {
        report.event('probe', { idle_ms: idleMs, input_hz: config.responsiveness ? config.responsiveness.input_hz : 0 });
        setTimeout(() => { report.flush(); begin(); }, idleMs);
      });
    } else {
      begin();
    }
  }

  // internals: the pure parts, for tests/js/harness.test.mjs (node --test), never called by the pages themselves.
  scope.InferScopeHarness = { runCell, makeReporter, startFromPage, startProbe,
    internals: { compare, setOverlap, stateFeedback, generate } };
})(self);
