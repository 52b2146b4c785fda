// What the runtime tools (ort_native.mjs, tfjs_reference.mjs) share: one JSON object per line on
// stdout, errors as an "error" event with a non-zero exit, and the seeded generator of reference inputs.

export const emit = (object) => process.stdout.write(JSON.stringify(object) + '\n');

export const fail = (message, code = 2) => {
  emit({ event: 'error', message });
  process.exit(code);
};

// A runtime's own words: its error message (ONNX Runtime names the failing node and the reason; a shape error's
// detail is on the next line), never the last line of a stack trace, which is all a user would otherwise see.
export const runtimeMessage = (e) => String((e && e.message) || e).split('\n').filter((l) => !/^\s+at /.test(l))
  .map((l) => l.trim()).filter(Boolean).join(' ').slice(0, 600);

// Anything thrown and not caught (a failed session.run in reference mode, a bad tensor) ends the tool
// with an "error" event carrying the runtime's message.
process.on('uncaughtException', (e) => fail(runtimeMessage(e)));
process.on('unhandledRejection', (e) => fail(runtimeMessage(e)));

// splitmix32: tiny, seedable, identical in every JS engine.
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}
