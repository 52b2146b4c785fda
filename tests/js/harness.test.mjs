// The page harness's pure parts under node's own test runner (ctest harness.node_test): resources/harness/harness.js
// is a classic script for pages and workers, so it is loaded here as one, in a context of its own, and its
// InferScopeHarness.internals are tested. Run: node --test tests/js/
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function loadHarness() {
  const self = {};
  // The harness opens a MessageChannel for its task yields; an inert one keeps node's event loop free to end.
  class MessageChannel { constructor() { this.port1 = {}; this.port2 = { postMessage() {} }; } }
  const context = vm.createContext({ self, performance, console, setTimeout, clearTimeout, setInterval, clearInterval, MessageChannel });
  vm.runInContext(fs.readFileSync(path.join(root, 'resources/harness/harness.js'), 'utf8'), context, { filename: 'harness.js' });
  return self.InferScopeHarness.internals;
}

const h = loadHarness();
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

test('the prompt and arg max are the native tool\'s, token for token', () => {
  // resources/native/ort_native.mjs has the same LCG and arg max: a generation compares ids across the two.
  const native = fs.readFileSync(path.join(root, 'resources/native/ort_native.mjs'), 'utf8');
  const lcg = /x = \(Math\.imul\(x, 1664525\) \+ 1013904223\) >>> 0; ids\.push\(x % vocab\)/;
  assert.match(native, lcg, 'the native tool draws its prompt with the same LCG');
  const ids = h.promptTokens(6, 7, 1000);
  let x = 7;
  const expected = [];
  for (let i = 0; i < 6; i++) { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; expected.push(x % 1000); }
  assert.deepEqual(Array.from(ids), expected); // an array of the harness's own realm
  assert.equal(h.argmax([0.1, 0.9, 0.9, 0.2]), 1, 'the first of equal maxima, as the native tool');
});
