// Reference outputs for TF.js models (graph models and Keras-style layers models). There is no native TensorFlow here (tfjs-node downloads
// its library at install time), so the reference is TF.js's plain-JS "cpu" backend in Node: exact
// float32 arithmetic without SIMD or GPU tricks, the most trustworthy TF.js output available offline.
// It is labelled as such; it is not a native baseline.
//
//   node tfjs_reference.mjs inspect MODEL_DIR/model.json
//   node tfjs_reference.mjs reference MODEL_DIR/model.json SPEC.json OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { emit, fail, random } from './tool_common.mjs';

async function load(modelJson) {
  let artifacts;
  try {
    artifacts = JSON.parse(fs.readFileSync(modelJson, 'utf8'));
  } catch (e) {
    fail(`cannot read ${path.basename(modelJson)}: ${e.message}`);
  }
  if (!artifacts.modelTopology || !Array.isArray(artifacts.weightsManifest))
    fail(`${path.basename(modelJson)} is not a TF.js model (no modelTopology or weightsManifest)`);
  // A Keras-style layers model (tf.loadLayersModel: Teachable Machine, Keras conversions) or a graph model.
  const layers = artifacts.format === 'layers-model' || (!artifacts.format && !Array.isArray(artifacts.modelTopology.node));
  const dir = path.dirname(modelJson);
  const specs = [], buffers = [];
  for (const group of artifacts.weightsManifest) {
    for (const p of group.paths) {
      const file = path.join(dir, p);
      if (!fs.existsSync(file)) fail(`weight file ${p} named by the model is missing`);
      buffers.push(fs.readFileSync(file));
    }
    specs.push(...group.weights);
  }
  const weightData = Buffer.concat(buffers);
  const ab = weightData.buffer.slice(weightData.byteOffset, weightData.byteOffset + weightData.byteLength);
  try {
    const memory = tf.io.fromMemory({ modelTopology: artifacts.modelTopology, weightSpecs: specs, weightData: ab,
      format: artifacts.format, generatedBy: artifacts.generatedBy, convertedBy: artifacts.convertedBy, signature: artifacts.signature,
      userDefinedMetadata: artifacts.userDefinedMetadata });
    const model = layers ? await tf.loadLayersModel(memory) : await tf.loadGraphModel(memory);
    return { model, layers, weightBytes: weightData.byteLength };
  } catch (e) {
    fail(`cannot load ${path.basename(modelJson)}: ${e.message}`);
  }
}

const describe = (nodes, names) => nodes.map((n, i) => ({ name: names ? names[i] : n.name, dtype: n.dtype, shape: n.shape ?? null }));
// A layers model's inputs and outputs go by their layers' names (what model.inputNames and outputNames give).
const inputsOf = (model, layers) => describe(model.inputs, layers ? model.inputNames : null);
const outputsOf = (model, layers) => describe(model.outputs, layers ? model.outputNames : null);
// One inference, outputs in the model's order.
async function infer(model, layers, feeds) {
  const result = layers ? model.predict(model.inputNames.map((n) => feeds[n])) : await model.executeAsync(feeds, model.outputs.map((o) => o.name));
  return Array.isArray(result) ? result : [result];
}

const [mode, modelJson, specFile, outDir] = process.argv.slice(2);
await tf.setBackend('cpu');
const { model, layers, weightBytes } = await load(modelJson);
if (mode === 'inspect') {
  emit({ event: 'inspect', inputs: inputsOf(model, layers), outputs: outputsOf(model, layers), layers, weight_bytes: weightBytes, tfjs: tf.version.tfjs });
} else if (mode === 'reference') {
  const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
  const feeds = {};
  fs.mkdirSync(outDir, { recursive: true });
  spec.inputs.forEach((input, index) => {
    const next = random((spec.seed ?? 1) + index);
    const count = input.shape.reduce((a, b) => a * b, 1);
    const g = input.generator ?? { kind: 'uniform', low: 0, high: 1 };
    const data = input.dtype === 'int32' ? new Int32Array(count) : new Float32Array(count);
    for (let i = 0; i < count; ++i) {
      const v = (g.low ?? 0) + next() * ((g.high ?? 1) - (g.low ?? 0));
      data[i] = g.kind === 'constant' ? g.value : g.kind === 'int' ? Math.floor(v) : v; // constant: a configuration input
    }
    feeds[input.name] = tf.tensor(data, input.shape, input.dtype);
    fs.writeFileSync(path.join(outDir, `input_${index}.bin`), Buffer.from(data.buffer));
  });
  const names = outputsOf(model, layers).map((o) => o.name);
  for (const input of spec.inputs) // recurrent state: the browser feeds that output back as this input
    if (input.state_from && !names.includes(input.state_from)) fail(`state input ${input.name} names ${input.state_from}, which the model does not output`);
  const result = await infer(model, layers, feeds);
  const outputs = [];
  for (let index = 0; index < result.length; ++index) {
    const t = result[index];
    const data = await t.data();
    let sum = 0, sq = 0;
    for (const v of data) { sum += v; sq += v * v; }
    const mean = sum / data.length;
    fs.writeFileSync(path.join(outDir, `output_${index}.bin`), Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    outputs.push({ name: names[index], file: `output_${index}.bin`, dtype: t.dtype, shape: t.shape, mean, std: Math.sqrt(Math.max(0, sq / data.length - mean * mean)), finite: data.every(Number.isFinite) });
  }
  const reference = { runtime: 'tfjs-cpu (node)', tfjs_version: tf.version.tfjs, native_baseline: false, seed: spec.seed ?? 1,
    inputs: spec.inputs.map((i, index) => ({ ...i, file: `input_${index}.bin` })), outputs };
  fs.writeFileSync(path.join(outDir, 'reference.json'), JSON.stringify(reference, null, 1));
  emit({ event: 'reference', ...reference });
} else {
  fail(`unknown mode ${mode}`, 1);
}
