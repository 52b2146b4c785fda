// InferScope's capability probe: what this browser offers for inference, in its own words, posted to the
// local server as one "capabilities" event (then "done"). No model, no runtime: feature tests only, each
// bounded in time (a GPU adapter request can hang on a broken driver) and each failure kept as its text.
(function () {
  'use strict';
  const config = JSON.parse(new URL(location.href).searchParams.get('config') || '{}');
  const within = (ms, promise) => Promise.race([promise,
    new Promise((resolve) => setTimeout(() => resolve({ timeout: true }), ms))]);
  const text = (e) => String((e && e.message) || e);

  // The smallest modules using a SIMD instruction (v128.const) and a shared memory (threads).
  const simdModule = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 22, 1, 20, 0,
    253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11]);
  const threadsModule = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 5, 4, 1, 3, 1, 1]);

  function wasm() {
    const ok = typeof WebAssembly === 'object';
    return {
      available: ok,
      simd: ok && WebAssembly.validate(simdModule),
      threads: ok && WebAssembly.validate(threadsModule) && typeof SharedArrayBuffer === 'function',
      cross_origin_isolated: !!self.crossOriginIsolated,
    };
  }

  function webgl() {
    const out = {};
    for (const kind of ['webgl2', 'webgl']) {
      let gl = null;
      try { gl = document.createElement('canvas').getContext(kind); } catch (e) { out[kind] = { available: false, reason: text(e) }; continue; }
      if (!gl) { out[kind] = { available: false, reason: 'getContext("' + kind + '") returned null' }; continue; }
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      out[kind] = {
        available: true,
        vendor: info ? gl.getParameter(info.UNMASKED_VENDOR_WEBGL) : gl.getParameter(gl.VENDOR),
        renderer: info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
      };
    }
    return out;
  }

  async function webgpu() {
    if (!navigator.gpu) return { available: false, reason: 'navigator.gpu is missing' };
    try {
      const adapter = await within(10000, navigator.gpu.requestAdapter());
      if (!adapter) return { available: false, reason: 'requestAdapter() returned null' };
      if (adapter.timeout) return { available: false, reason: 'requestAdapter() did not answer within 10 s' };
      let info = adapter.info;
      if (!info && adapter.requestAdapterInfo) info = await within(5000, adapter.requestAdapterInfo());
      info = info || {};
      return { available: true, vendor: info.vendor || '', architecture: info.architecture || '', device: info.device || '',
        description: info.description || '', fallback: !!(adapter.isFallbackAdapter || info.isFallbackAdapter) };
    } catch (e) {
      return { available: false, reason: text(e) };
    }
  }

  async function webnn() {
    if (!navigator.ml) return { available: false, reason: 'navigator.ml is missing' };
    try {
      const context = await within(10000, navigator.ml.createContext());
      if (context && context.timeout) return { available: false, reason: 'navigator.ml.createContext() did not answer within 10 s' };
      return { available: true };
    } catch (e) {
      return { available: false, reason: 'navigator.ml.createContext() failed: ' + text(e) };
    }
  }

  async function probe() {
    const capabilities = {
      user_agent: navigator.userAgent,
      hardware_concurrency: navigator.hardwareConcurrency || null,
      wasm: wasm(),
      webgl: webgl(),
      webgpu: await webgpu(),
      webnn: await webnn(),
    };
    const batch = [{ type: 'capabilities', capabilities }, { type: 'done' }];
    await fetch(new URL('../events', location.href).href, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ run: config.run, batch }) });
  }
  probe().catch((e) => fetch(new URL('../events', location.href).href, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ run: config.run, batch: [{ type: 'error', stage: 'capabilities', message: text(e) }] }) }));
})();
