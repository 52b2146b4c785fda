// The calibration page: load ONNX Runtime Web, create a session, loop session.run and time it. No
// reporting during the loop, no accuracy checks, no environment probes: whatever the full harness
// adds on top shows up as the difference between the two medians.
(async () => {
  const params = new URLSearchParams(location.search);
  const config = JSON.parse(params.get('config'));
  const post = (batch) => fetch('../events', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ run: config.run, batch }) });
  try {
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '../npm/onnxruntime-web/dist/ort.wasm.min.js';
      s.onload = resolve; s.onerror = () => reject(new Error('cannot load ONNX Runtime Web'));
      document.head.appendChild(s);
    });
    ort.env.wasm.wasmPaths = new URL('../npm/onnxruntime-web/dist/', location.href).href;
    ort.env.wasm.numThreads = config.threads;
    const base = '../models/' + config.model.id + '/';
    const bytes = new Uint8Array(await (await fetch(base + config.model.entry)).arrayBuffer());
    const externalData = [];
    for (const path of config.model.external_data || []) // weights beside the graph
      externalData.push({ path, data: new Uint8Array(await (await fetch(base + path)).arrayBuffer()) });
    const spec = config.model.inputs[0];
    const raw = new Uint8Array(await (await fetch(base + 'reference/input_0.bin')).arrayBuffer());
    const Type = { float32: Float32Array, int64: BigInt64Array, int32: Int32Array }[spec.dtype];
    const feeds = { [spec.name]: new ort.Tensor(spec.dtype, new Type(raw.buffer), spec.shape) };
    let t0 = performance.now();
    const session = await ort.InferenceSession.create(bytes, externalData.length ? { externalData } : {});
    const events = [{ type: 'phase', name: 'setup', ms: performance.now() - t0 }];
    const begin = performance.now();
    while (performance.now() - begin < config.policy.min_warmup_ms) await session.run(feeds);
    for (let i = 0; i < config.policy.samples; ++i) {
      t0 = performance.now();
      await session.run(feeds);
      events.push({ type: 'sample', phase: 'steady', ms: performance.now() - t0 });
    }
    events.push({ type: 'done', samples: config.policy.samples });
    await post(events);
  } catch (e) {
    await post([{ type: 'error', stage: 'minimal', message: String(e.message || e) }]);
  }
})();
