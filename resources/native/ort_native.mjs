// InferScope's native baseline: ONNX Runtime (the onnxruntime-node package, same version as
// onnxruntime-web) on the CPU execution provider. Started and supervised by core/runner's NativeRunner;
// never talks to the network. Every message is one JSON object per line on stdout, so a crash loses
// nothing that was already printed.
//
//   node ort_native.mjs inspect MODEL
//   node ort_native.mjs reference MODEL SPEC.json OUT_DIR [--compare-with FLOAT_MODEL]
//        (one inference; with recurrent state, from its start value; a quantized model also against its float model)
//   node ort_native.mjs ranges MODEL SPEC.json [--count 8]   (every float output's min and max: calibration)
//   node ort_native.mjs measure MODEL SPEC.json --threads N [--warmup-ms 3000] [--samples 200]
//                               [--max-ms 120000] [--inputs DIR]
//                               [--generate PROMPT,NEW,GENERATIONS,SEED,VOCAB]
//
// --generate: a decoder with a KV cache generates instead (resources/harness/decoding.js: the same seeded prompt,
// greedy, present_* fed back as past_*): warm-up generations by time, then GENERATIONS measured ones; each
// decode step is a sample, each measured generation a "generation" event with its token ids.
//
// SPEC.json: {"seed": 1, "inputs": [{"name", "shape", "dtype", "generator": {"kind": "uniform"|"imagenet"|"int"|"constant", ...},
//              "state_from": OUTPUT (recurrent state: that output is fed back as this input after every inference)}]}
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ort from 'onnxruntime-node';
import { createRequire } from 'node:module';
import { emit, fail, runtimeMessage, random } from './tool_common.mjs';

// The page's own generation loop and profile reading (a classic script that also exports itself to CommonJS).
const decoding = createRequire(import.meta.url)('../harness/decoding.js');

const typedArrays = { float32: Float32Array, int64: BigInt64Array, int32: Int32Array, uint8: Uint8Array };

function makeInput(spec, seed) {
  const next = random(seed);
  const count = spec.shape.reduce((a, b) => a * b, 1);
  const Type = typedArrays[spec.dtype];
  if (!Type) fail(`input ${spec.name}: dtype ${spec.dtype} is not supported`);
  const data = new Type(count);
  const g = spec.generator ?? { kind: 'uniform', low: 0, high: 1 };
  if (g.kind === 'constant') { // a configuration input (a sample rate, a flag): the value an application feeds
    data.fill(spec.dtype === 'int64' ? BigInt(Math.trunc(g.value)) : g.value);
  } else if (g.kind === 'int') {
    for (let i = 0; i < count; ++i) {
      const v = g.low + Math.floor(next() * (g.high - g.low));
      data[i] = spec.dtype === 'int64' ? BigInt(v) : v;
    }
  } else if (g.kind === 'imagenet') {
    // Uniform pixels in [0, 1) normalised with ImageNet mean/std; channel axis from the layout.
    const mean = [0.485, 0.456, 0.406], std = [0.229, 0.224, 0.225];
    const nhwc = g.layout === 'NHWC';
    const plane = nhwc ? 1 : spec.shape[2] * spec.shape[3];
    for (let i = 0; i < count; ++i) {
      const c = nhwc ? i % 3 : Math.floor(i / plane) % 3;
      data[i] = (next() - mean[c]) / std[c];
    }
  } else {
    const low = g.low ?? 0, high = g.high ?? 1;
    for (let i = 0; i < count; ++i) data[i] = low + next() * (high - low);
  }
  return new ort.Tensor(spec.dtype, data, spec.shape);
}

function loadInputs(spec, dir) {
  const feeds = {};
  spec.inputs.forEach((input, index) => {
    if (dir) {
      const bytes = fs.readFileSync(path.join(dir, `input_${index}.bin`));
      const Type = typedArrays[input.dtype];
      const data = new Type(bytes.buffer, bytes.byteOffset, bytes.byteLength / Type.BYTES_PER_ELEMENT);
      feeds[input.name] = new ort.Tensor(input.dtype, data, input.shape);
    } else {
      feeds[input.name] = makeInput(input, (spec.seed ?? 1) + index);
    }
  });
  return feeds;
}

// The generation loop, shared with the page (resources/harness/decoding.js): the same seeded prompt, greedy arg max
// and cache feedback, so the ids compare token for token.
async function generate(session, spec, g, onStep) {
  const pasts = decoding.cacheInputs(spec.inputs);
  if (!pasts)
    fail('this model has no input_ids and past_* (KV cache) inputs: generation needs a decoder of the zoo (text-generation)');
  return decoding.generate({ Tensor: ort.Tensor, now: () => performance.now() }, session, pasts, g, onStep);
}

async function createSession(model, threads) {
  try {
    return await ort.InferenceSession.create(model, {
      executionProviders: ['cpu'], intraOpNumThreads: threads, interOpNumThreads: 1,
      graphOptimizationLevel: 'all', logSeverityLevel: 3,
    });
  } catch (e) {
    fail(`cannot load ${path.basename(model)}: ${runtimeMessage(e)}`);
  }
}

// ONNX Runtime's profiler writes Chrome-trace records, read the same way as in the browser (decoding.js).
const aggregateProfile = (records, runs, source) => decoding.aggregateProfile(records, runs, source);

async function profileOperators(model, threads, feeds, runs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inferscope-profile-'));
  try {
    const session = await ort.InferenceSession.create(model, {
      executionProviders: ['cpu'], intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all',
      logSeverityLevel: 3, enableProfiling: true, profileFilePrefix: path.join(dir, 'profile'),
    });
    for (let i = 0; i < runs; i++) await session.run(feeds);
    await session.endProfiling();
    await session.release?.();
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.json'));
    if (!file) return { source: 'onnxruntime-node enableProfiling', runs, error: 'ONNX Runtime wrote no profile file' };
    return aggregateProfile(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), runs, 'onnxruntime-node enableProfiling');
  } catch (e) {
    return { source: 'onnxruntime-node enableProfiling', runs, error: String(e.message ?? e).split('\n')[0] };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Recurrent state (spec.state_from): each inference's state output becomes the next one's input, from the
// reference value at the start of the run, as harness.js stateFeedback does in the browser.
function stateFeedback(spec, session) {
  const links = spec.inputs.filter((i) => i.state_from).map((i) => {
    if (!session.outputNames.includes(i.state_from)) fail(`state input ${i.name} names ${i.state_from}, which the model does not output`);
    return { input: i.name, output: i.state_from };
  });
  return (feeds, outputs) => { for (const l of links) feeds[l.input] = outputs[l.output]; };
}

// A quantized model against the float model it was made from, output by output over `count` seeded inputs (seed+1000k,
// as calibration draws them): the lowest and the median cosine and how often the arg max agrees.
async function compareWithFloat(session, floatModel, spec, count) {
  const reference = await createSession(floatModel, 1);
  const per = {};
  for (let k = 0; k < count; k++) {
    const feeds = loadInputs({ ...spec, seed: (spec.seed ?? 1) + 1000 * k + 7 }, null);
    const [a, b] = [await session.run(feeds), await reference.run(feeds)];
    for (const name of session.outputNames) {
      if (!b[name] || a[name].data.length !== b[name].data.length) continue;
      let dot = 0, na = 0, nb = 0, argA = 0, argB = 0;
      const x = a[name].data, y = b[name].data;
      for (let i = 0; i < x.length; i++) {
        dot += x[i] * y[i]; na += x[i] * x[i]; nb += y[i] * y[i];
        if (x[i] > x[argA]) argA = i;
        if (y[i] > y[argB]) argB = i;
      }
      const o = per[name] ?? (per[name] = { cosines: [], top1: 0 });
      o.cosines.push(dot / (Math.sqrt(na * nb) || 1));
      o.top1 += argA === argB ? 1 : 0;
    }
  }
  const outputs = Object.entries(per).map(([name, o]) => {
    const sorted = o.cosines.slice().sort((p, q) => p - q);
    return { name, min_cosine: sorted[0], median_cosine: sorted[sorted.length >> 1], top1_agreement: o.top1 / o.cosines.length };
  });
  return { float_model: path.basename(path.dirname(floatModel)), inputs: count, outputs };
}

function describe(metadata) {
  return metadata.map((m) => ({ name: m.name, dtype: m.type, shape: m.shape }));
}

function outputStats(outputs) {
  const result = {};
  for (const [name, tensor] of Object.entries(outputs)) {
    let sum = 0, sq = 0, finite = true;
    for (const v of tensor.data) {
      const x = Number(v);
      if (!Number.isFinite(x)) finite = false;
      sum += x; sq += x * x;
    }
    const n = tensor.data.length, mean = sum / n;
    result[name] = { dtype: tensor.type, shape: tensor.dims, mean, std: Math.sqrt(Math.max(0, sq / n - mean * mean)), finite };
  }
  return result;
}

function flags(args) {
  const out = {};
  for (let i = 0; i < args.length; i += 2) out[args[i].replace(/^--/, '')] = args[i + 1];
  return out;
}

const [mode, model, ...rest] = process.argv.slice(2);
if (!mode || !model) fail('usage: ort_native.mjs inspect|reference|measure MODEL ...', 1);
if (!fs.existsSync(model)) fail(`model file not found: ${model}`);

if (mode === 'inspect') {
  const session = await createSession(model, 1);
  emit({ event: 'inspect', inputs: describe(session.inputMetadata), outputs: describe(session.outputMetadata), ort: ort.env.versions?.common ?? null });
} else if (mode === 'reference') {
  const [specFile, outDir, ...options] = rest;
  const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
  const session = await createSession(model, 1);
  const feeds = loadInputs(spec, null);
  const carryState = stateFeedback(spec, session); // a state input naming no output is refused here, at import
  const outputs = await session.run(feeds);
  if (spec.inputs.some((i) => i.state_from)) { // prove the state can be fed back (shapes and types agree)
    const next = { ...feeds };
    carryState(next, outputs);
    try {
      await session.run(next);
    } catch (e) {
      fail(`the model's state output cannot be fed back as its input: ${runtimeMessage(e)}`);
    }
  }
  fs.mkdirSync(outDir, { recursive: true });
  spec.inputs.forEach((input, index) => {
    const t = feeds[input.name];
    fs.writeFileSync(path.join(outDir, `input_${index}.bin`), Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength));
  });
  const names = Object.keys(outputs);
  names.forEach((name, index) => {
    const t = outputs[name];
    fs.writeFileSync(path.join(outDir, `output_${index}.bin`), Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength));
  });
  const stats = outputStats(outputs);
  const reference = {
    runtime: 'onnxruntime-node', ort_version: ort.env.versions?.common ?? null, threads: 1, seed: spec.seed ?? 1,
    inputs: spec.inputs.map((i, index) => ({ ...i, file: `input_${index}.bin` })),
    outputs: names.map((name, index) => ({ name, file: `output_${index}.bin`, ...stats[name] })),
  };
  const floatModel = flags(options)['compare-with'];
  if (floatModel) reference.vs_float = await compareWithFloat(session, floatModel, spec, 20);
  fs.writeFileSync(path.join(outDir, 'reference.json'), JSON.stringify(reference, null, 1));
  emit({ event: 'reference', ...reference });
} else if (mode === 'ranges') {
  // Calibration for static quantization (models/build/quantize_onnx.py): the range of every output over COUNT
  // seeded inputs (seed, seed+1, ...), for a graph whose intermediate tensors were made outputs.
  const [specFile, ...options] = rest;
  const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
  const count = Number(flags(options).count ?? 8);
  const session = await createSession(model, 1);
  const ranges = {};
  for (let k = 0; k < count; k++) {
    const outputs = await session.run(loadInputs({ ...spec, seed: (spec.seed ?? 1) + 1000 * k }, null));
    for (const [name, tensor] of Object.entries(outputs)) {
      if (tensor.type !== 'float32') continue;
      const r = ranges[name] ?? (ranges[name] = [Infinity, -Infinity]);
      for (const v of tensor.data) { if (v < r[0]) r[0] = v; if (v > r[1]) r[1] = v; }
    }
  }
  emit({ event: 'ranges', count, ranges });
} else if (mode === 'measure') {
  const [specFile, ...options] = rest;
  const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
  const o = flags(options);
  const threads = Number(o.threads ?? 1);
  const warmupMs = Number(o['warmup-ms'] ?? 3000);
  const samples = Number(o.samples ?? 200);
  const maxMs = Number(o['max-ms'] ?? 120000);
  emit({ event: 'start', pid: process.pid, ort_version: ort.env.versions?.common ?? null, threads, node: process.versions.node, t: performance.now() });
  let t0 = performance.now();
  const session = await createSession(model, threads);
  emit({ event: 'setup', ms: performance.now() - t0 });
  const feeds = loadInputs(spec, o.inputs ?? null);
  const carryState = stateFeedback(spec, session);
  t0 = performance.now();
  let outputs = await session.run(feeds);
  emit({ event: 'first', ms: performance.now() - t0 });
  carryState(feeds, outputs);
  if (o.generate) {
    const [prompt, fresh, generations, seed, vocab] = o.generate.split(',').map(Number);
    const g = { prompt_tokens: prompt, new_tokens: fresh, seed, vocab };
    const begin = performance.now();
    let warmups = 0;
    do {
      await generate(session, spec, g, (ms) => emit({ event: 'sample', phase: 'warmup', ms }));
      ++warmups;
    } while (performance.now() - begin < warmupMs);
    emit({ event: 'warmup', ms: performance.now() - begin, count: warmups });
    const cpuBefore = process.cpuUsage(), wallBefore = performance.now();
    let taken = 0;
    for (let i = 0; i < generations; i++) {
      const r = await generate(session, spec, g, (ms) => { emit({ event: 'sample', phase: 'steady', ms }); ++taken; });
      emit({ event: 'generation', generation: { index: i, ...r } });
    }
    const cpu = process.cpuUsage(cpuBefore);
    emit({ event: 'outputs', outputs: outputStats(outputs) });
    emit({ event: 'done', samples: taken, truncated: false, cpu_ms: (cpu.user + cpu.system) / 1000, prediction_wall_ms: performance.now() - wallBefore });
  } else {
  // Warm up by time, not by count: thread pools and caches settle over seconds, not iterations.
  const begin = performance.now();
  let warmupCount = 0;
  while (performance.now() - begin < warmupMs) {
    t0 = performance.now();
    outputs = await session.run(feeds);
    emit({ event: 'sample', phase: 'warmup', ms: performance.now() - t0 });
    carryState(feeds, outputs);
    ++warmupCount;
  }
  emit({ event: 'warmup', ms: performance.now() - begin, count: warmupCount });
  let taken = 0;
  // CPU time of this process (every ONNX Runtime thread included) over the prediction phase.
  const cpuBefore = process.cpuUsage(), wallBefore = performance.now();
  while (taken < samples && performance.now() - begin < maxMs) {
    t0 = performance.now();
    outputs = await session.run(feeds);
    emit({ event: 'sample', phase: 'steady', ms: performance.now() - t0 });
    carryState(feeds, outputs);
    ++taken;
  }
  const cpu = process.cpuUsage(cpuBefore), wallMs = performance.now() - wallBefore;
  emit({ event: 'outputs', outputs: outputStats(outputs) });
  // The per-operator profile: a separate session and pass after the timed samples, never mixed with them.
  if (o.profile === '1') emit({ event: 'profile', ...(await profileOperators(model, threads, feeds, Number(o['profile-runs'] ?? 10))) });
  emit({ event: 'done', samples: taken, truncated: taken < samples, cpu_ms: (cpu.user + cpu.system) / 1000, prediction_wall_ms: wallMs });
  }
} else {
  fail(`unknown mode ${mode}`, 1);
}
