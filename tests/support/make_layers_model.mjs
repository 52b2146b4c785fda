// Writes a small Keras-style TF.js layers model (what tf.LayersModel.save writes: model.json with format
// "layers-model" and a weights file) into OUT_DIR, seeded so every run writes the same weights. Used by the import
// and engine tests: a model made in the test, never a file in the repository.
//
//   node make_layers_model.mjs OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';

const out = process.argv[2];
await tf.setBackend('cpu');
const image = tf.input({ shape: [8, 8, 3], name: 'image' });
let x = tf.layers.conv2d({ filters: 4, kernelSize: 3, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }).apply(image);
x = tf.layers.flatten().apply(x);
const scores = tf.layers.dense({ units: 5, activation: 'softmax', name: 'scores', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }).apply(x);
const model = tf.model({ inputs: image, outputs: scores });
fs.mkdirSync(out, { recursive: true });
await model.save(tf.io.withSaveHandler(async (a) => {
  fs.writeFileSync(path.join(out, 'weights.bin'), Buffer.from(a.weightData));
  fs.writeFileSync(path.join(out, 'model.json'), JSON.stringify({ format: a.format, generatedBy: a.generatedBy, convertedBy: a.convertedBy,
    modelTopology: a.modelTopology, weightsManifest: [{ paths: ['weights.bin'], weights: a.weightSpecs }] }));
  return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
}));
