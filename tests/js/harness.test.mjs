// The page harness's pure parts under node's own test runner (ctest harness.node_test): resources/harness/decoding.js
// and harness.js are classic scripts for pages and workers, so they are loaded here as such, in a context of their
// own, and InferScopeDecoding and InferScopeHarness.internals are tested. Run: node --test tests/js/
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function loadHarness() {
  const self = { location: { href: 'http://127.0.0.1:8080/harness/index.html' } };
  // The harness opens a MessageChannel for its task yields; an inert one keeps node's event loop free to end.
  class MessageChannel { constructor() { this.port1 = {}; this.port2 = { postMessage() {} }; } }
  const context = vm.createContext({ self, performance, console, setTimeout, clearTimeout, setInterval, clearInterval, MessageChannel, URL });
  // As the pages load them: decoding.js first, then harness.js.
  for (const file of ['decoding.js', 'reporter.js', 'harness.js'])
    vm.runInContext(fs.readFileSync(path.join(root, 'resources/harness', file), 'utf8'), context, { filename: file });
  return self;
}

const loaded = loadHarness();
const h = loaded.InferScopeHarness.internals;
const d = loaded.InferScopeDecoding;
const reporter = loaded.InferScopeReporter;
const ref = (name, data, dtype = 'float32') => ({ name, data, dtype, runtime: 'test' });

test('outputs are compared with the reference output of the same name, whatever the order', () => {
  const result = h.compare([[1, 2, 3], [9, 8]], ['a', 'b'], [ref('b', [9, 8]), ref('a', [1, 2, 3])]);
  assert.equal(result[0].name, 'a');
  assert.equal(result[1].name, 'b');
  assert.equal(result[0].max_abs_error, 0);
  assert.equal(result[1].max_abs_error, 0);
  assert.ok(Math.abs(result[0].cosine - 1) < 1e-12);
});

test('integer outputs are order-dependent and compared as sets', () => {
  const [indices] = h.compare([BigInt64Array.of(3n, 1n, 2n)], ['indices'], [ref('indices', [1, 2, 3], 'int64')]);
  assert.equal(indices.order_dependent, 'integer');
  assert.equal(indices.set_overlap, 1);
  assert.ok(indices.max_abs_error > 0, 'the order differs');
});

test('declared outputs are order-dependent; others are not', () => {
  const result = h.compare([[0.5, 0.25], [1, 2]], ['boxes', 'raw'], [ref('boxes', [0.25, 0.75]), ref('raw', [1, 2])], ['boxes']);
  assert.equal(result[0].order_dependent, 'declared');
  assert.equal(result[0].set_overlap, 0.5);
  assert.equal(result[1].order_dependent, undefined);
});

test('an output without a reference of its length is not compared', () => {
  const [r] = h.compare([[1, 2]], ['x'], [ref('x', [1, 2, 3])]);
  assert.equal(r.compared, false);
});

test('set overlap ignores order and counts repeated values once each', () => {
  assert.equal(h.setOverlap([1, 2, 2, 3], [3, 2, 1, 2]), 1);
  assert.equal(h.setOverlap([1, 1, 1, 1], [1, 2, 3, 4]), 0.25);
  assert.equal(h.setOverlap([], []), 0);
});

test('recurrent state: each named output is fed back as its input; a missing output is an error', () => {
  const rt = { outputNames: () => ['y', 'stateN'], feedBack: (lib, feeds, name, tensor) => { feeds[name] = tensor; } };
  const config = { model: { inputs: [{ name: 'x' }, { name: 'state', state_from: 'stateN' }] } };
  const carry = h.stateFeedback(rt, null, null, config);
  assert.equal(carry.count, 1);
  const feeds = { x: 'x0', state: 'zeros' };
  carry(feeds, ['y1', 'state1']);
  assert.deepEqual(feeds, { x: 'x0', state: 'state1' });
  const stateless = h.stateFeedback(rt, null, null, { model: { inputs: [{ name: 'x' }] } });
  assert.equal(stateless.count, 0);
  assert.throws(() => h.stateFeedback(rt, null, null, { model: { inputs: [{ name: 'h', state_from: 'hidden' }] } }), /hidden/);
});

test('the prompt is a seeded LCG and arg max takes the first of equal maxima', () => {
  const ids = d.promptTokens(6, 7, 1000);
  let x = 7;
  const expected = [];
  for (let i = 0; i < 6; i++) { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; expected.push(x % 1000); }
  assert.deepEqual(Array.from(ids), expected);
  assert.equal(d.argmax([0.1, 0.9, 0.9, 0.2]), 1);
});

// A stand-in decoder: its logits put the maximum at (last input id * 7 + cache length) % vocab, and it returns a
// present_* one position longer than the past_* it was given, so the loop's cache feedback shows in the ids.
class Tensor { constructor(type, data, dims) { Object.assign(this, { type, data, dims }); } }
function fakeDecoder(vocab) {
  return {
    runs: 0,
    async run(feeds) {
      ++this.runs;
      const ids = Array.from(feeds.input_ids.data, Number), cache = feeds.past_k.dims[2];
      const logits = new Float32Array(vocab);
      logits[(ids[ids.length - 1] * 7 + cache) % vocab] = 1;
      const grown = new Tensor('float32', new Float32Array(0), [1, 2, cache + ids.length, 4]);
      return { logits: new Tensor('float32', logits, [1, vocab]), present_k: grown };
    },
  };
}
const decoderInputs = [{ name: 'input_ids', shape: [1, -1] }, { name: 'past_k', shape: [1, 2, -1, 4] }];
const setting = { prompt_tokens: 5, new_tokens: 4, seed: 42, vocab: 50 };

test('one generation: prefill, then one run per token with the cache fed back, greedily', async () => {
  const session = fakeDecoder(50);
  let clock = 0;
  const steps = [];
  const r = await d.generate({ Tensor, now: () => (clock += 1) }, session, d.cacheInputs(decoderInputs), setting,
    (ms) => steps.push(ms));
  assert.equal(session.runs, 4, 'prefill plus three decode steps for four new tokens');
  const prompt = d.promptTokens(5, 42, 50);
  const expected = [(prompt[4] * 7 + 0) % 50];
  for (let cache = 5; expected.length < 4; ++cache) expected.push((expected[expected.length - 1] * 7 + cache) % 50);
  assert.deepEqual(Array.from(r.tokens), expected);
  assert.equal(steps.length, 3);
  assert.equal(r.decode_ms_total, steps.reduce((a, b) => a + b, 0));
  assert.equal(d.cacheInputs([{ name: 'x', shape: [1] }]), null, 'no decoder: no cache inputs');
});

test('the page and the native tool run the same loop: one file, the same ids', async () => {
  // The native tool loads decoding.js through createRequire; the page through a script tag (loaded above).
  const native = fs.readFileSync(path.join(root, 'resources/native/ort_native.mjs'), 'utf8');
  assert.match(native, /createRequire\(import\.meta\.url\)\('\.\.\/harness\/decoding\.js'\)/);
  assert.doesNotMatch(native, /function promptTokens|function argmax/, 'no second copy of the loop');
  const cjs = createRequire(import.meta.url)(path.join(root, 'resources/harness/decoding.js'));
  const config = { model: { id: 'decoder', inputs: decoderInputs }, generation: setting };
  const page = await h.generate({ Tensor }, fakeDecoder(50), config);
  const tool = await cjs.generate({ Tensor, now: () => 0 }, fakeDecoder(50), cjs.cacheInputs(decoderInputs), setting);
  assert.deepEqual(Array.from(page.tokens), tool.tokens);
  await assert.rejects(h.generate({ Tensor }, fakeDecoder(50), { model: { id: 'cnn', inputs: [{ name: 'x' }] }, generation: setting }),
    /cnn has no input_ids and past_\*/);
});

test('profile records are summed per operator and node, the slowest nodes first', () => {
  const records = [
    { cat: 'Node', name: 'conv1_kernel_time', dur: 30, args: { op_name: 'Conv' } },
    { cat: 'Node', name: 'conv2_kernel_time', dur: 50, args: { op_name: 'Conv' } },
    { cat: 'Node', name: 'relu_kernel_time', dur: 5, args: { op_name: 'Relu' } },
    { cat: 'Session', name: 'model_run', dur: 100 },
  ];
  const out = d.aggregateProfile(records, 1, 'test');
  assert.deepEqual(JSON.parse(JSON.stringify(out.ops.Conv)), { count: 2, us: 80 });
  assert.equal(out.top_nodes[0].name, 'conv2');
  assert.equal(Object.keys(out.ops).length, 2, 'only kernel records count');
});

test('the reporter holds samples and probe events until a flush or an event that cannot wait', async () => {
  const posts = [];
  let clock = 100;
  const r = reporter.makeReporter({ run: 'cell_r1' }, async (url, body) => { posts.push({ url, body: JSON.parse(body) }); }, () => clock++);
  assert.equal(r.event('sample', { phase: 'steady', ms: 5 }), null, 'a sample waits');
  r.event('frame', { ms: 16 });
  assert.equal(posts.length, 0);
  await r.event('phase', { name: 'setup', ms: 3 }); // goes at once, with what waited before it
  assert.equal(posts.length, 1);
  assert.equal(posts[0].url, 'http://127.0.0.1:8080/events');
  assert.equal(posts[0].body.run, 'cell_r1');
  assert.deepEqual(posts[0].body.batch.map((e) => [e.type, e.seq, e.t]), [['sample', 0, 100], ['frame', 1, 101], ['phase', 2, 102]]);
  assert.equal(posts[0].body.batch[0].ms, 5);
  await r.flush();
  assert.equal(posts.length, 1, 'nothing pending: no empty batch');
});

test('the reporter posts batches in order, one after the other, and a failed post does not stop the next', async () => {
  const log = [];
  let inFlight = 0;
  const post = async (url, body) => {
    const n = JSON.parse(body).batch[0].seq;
    assert.equal(inFlight, 0, 'a batch starts only when the one before it ended');
    inFlight++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight--;
    log.push(n);
    if (n === 0) throw new Error('connection refused');
  };
  const r = reporter.makeReporter({ run: 'x_r1' }, post, () => 0);
  r.event('env', {});
  r.event('phase', {});
  await r.event('done', {});
  assert.deepEqual(log, [0, 1, 2]);
});
