// Generative decoding and the operator profile, one file for both sides of the comparison: the page (harness.js, a
// classic script in a window or a Worker, where this file is self.InferScopeDecoding) and the native tool
// (resources/native/ort_native.mjs, which loads it through createRequire). The same seeded prompt, greedy arg max
// and cache feedback run in the browser and natively, so the generated ids compare token for token; the same
// reading of ONNX Runtime's profile records gives both sides' time per operator.
(function (root) {
  'use strict';

  // The prompt: `count` ids below `vocab` from a 32-bit LCG seeded with `seed`.
  function promptTokens(count, seed, vocab) {
    let x = seed >>> 0;
    const ids = [];
    for (let i = 0; i < count; i++) { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; ids.push(x % vocab); }
    return ids;
  }

  function argmax(data) {
    let best = 0;
    for (let i = 1; i < data.length; i++) if (data[i] > data[best]) best = i;
    return best;
  }

  // The KV cache inputs of a decoder of the zoo (models/build/export_torchvision.py Decoder): past_* beside
  // input_ids, each [batch, heads, positions, head dim]. None when the model is no such decoder.
  function cacheInputs(inputs) {
    const pasts = inputs.filter((spec) => spec.name.startsWith('past_'));
    return pasts.length && inputs.some((spec) => spec.name === 'input_ids') ? pasts : null;
  }

  // One generation: the prompt in one run with an empty cache (prefill), then each new token in one run with the
  // previous token and the cache the last run returned (present_* fed back as past_*), greedily. `Tensor` is the
  // runtime's tensor class, `now` its clock; `onStep` hears each decode step's ms. `g`: {prompt_tokens, new_tokens,
  // seed, vocab}; `pasts` from cacheInputs.
  async function generate({ Tensor, now }, session, pasts, g, onStep) {
    const empty = (spec) => new Tensor('float32', new Float32Array(0), [spec.shape[0], spec.shape[1], 0, spec.shape[3]]);
    const prompt = promptTokens(g.prompt_tokens, g.seed, g.vocab);
    let feeds = { input_ids: new Tensor('int64', BigInt64Array.from(prompt, BigInt), [1, prompt.length]) };
    for (const spec of pasts) feeds[spec.name] = empty(spec);
    const start = now();
    let out = await session.run(feeds);
    let token = argmax(out.logits.data);
    const ttft = now() - start;
    const tokens = [token], decode = [];
    for (let n = 1; n < g.new_tokens; n++) {
      feeds = { input_ids: new Tensor('int64', BigInt64Array.of(BigInt(token)), [1, 1]) };
      for (const spec of pasts) feeds[spec.name] = out[spec.name.replace('past_', 'present_')];
      const t0 = now();
      out = await session.run(feeds);
      token = argmax(out.logits.data);
      const ms = now() - t0;
      decode.push(ms);
      tokens.push(token);
      if (onStep) onStep(ms);
    }
    return { ttft_ms: ttft, decode_ms_total: decode.reduce((a, b) => a + b, 0), tokens, start_t: start, end_t: now() };
  }

  // Chrome-trace records of ONNX Runtime's profiler: each kernel run is a "Node" event <node>_kernel_time with
  // args.op_name. Summed per operator type and per node over `runs` inferences; the 20 slowest nodes kept.
  function aggregateProfile(records, runs, source) {
    const ops = {}, nodes = {};
    for (const r of records) {
      if (!r || r.cat !== 'Node' || !r.args || !r.args.op_name || !String(r.name).endsWith('_kernel_time')) continue;
      const op = ops[r.args.op_name] || (ops[r.args.op_name] = { count: 0, us: 0 });
      op.count += 1;
      op.us += Number(r.dur) || 0;
      const node = String(r.name).slice(0, -'_kernel_time'.length);
      nodes[node] = { op: r.args.op_name, us: ((nodes[node] && nodes[node].us) || 0) + (Number(r.dur) || 0) };
    }
    const top_nodes = Object.entries(nodes).sort((a, b) => b[1].us - a[1].us).slice(0, 20)
      .map(([name, v]) => ({ name, op: v.op, us: v.us }));
    return { source, runs, ops, top_nodes };
  }

  const api = { promptTokens, argmax, cacheInputs, generate, aggregateProfile };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.InferScopeDecoding = api;
})(typeof self !== 'undefined' ? self : globalThis);
