// The machine-drift probe (docs/METRICS.md, "machine drift"): a fixed, memory-bound piece of work timed
// before every run, so that a cell whose repetitions ran on a machine that had slowed down (a busy
// neighbour, a throttled CPU, a VM's stolen time) can be flagged instead of trusted.
// Prints one JSON line: {"event": "probe", "ms": median of 7 passes, "passes": [...]}.
// Work: 4 Mi dependent random reads over a 32 MiB table (a pointer chase, like the cache misses of inference
// over large weights), seeded, identical on every call.
const n = 1 << 23; // 8 Mi entries of 4 bytes
const next = new Uint32Array(n);
let x = 2463534242;
for (let i = 0; i < n; ++i) { // xorshift32: the same table every time
  x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
  next[i] = x & (n - 1);
}
const passes = [];
let at = 0;
for (let p = 0; p < 7; ++p) {
  const t0 = performance.now();
  for (let k = 0; k < 1 << 22; ++k) at = next[at];
  passes.push(performance.now() - t0);
}
passes.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ event: 'probe', ms: passes[3], passes, checksum: at }) + '\n');
