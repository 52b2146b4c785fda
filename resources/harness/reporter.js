// How a page (or its Worker) reports to InferScope: events batched and POSTed to the local server's /events with the
// run id, in order, each with its sequence number and page time. Samples and probe events wait for the next flush
// (between inferences, never inside a timed one); every other event flushes at once. A POST that fails is dropped
// without breaking the chain: the engine notices missing events (a run without "done" times out) rather than the
// page stalling. Loaded as a classic script before harness.js (self.InferScopeReporter).
(function (scope) {
  'use strict';

  const lazy = new Set(['sample', 'input', 'frame', 'heap', 'workload', 'video']);

  // `post(url, body)` sends one batch (fetch by default); `now` stamps events (performance.now by default).
  function makeReporter(config, post, now) {
    const send = post || ((url, body) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));
    const clock = now || (() => performance.now());
    const url = new URL('../events', scope.location.href).href;
    let seq = 0;
    let pending = [];
    let chain = Promise.resolve();
    const flushEvents = (events) => {
      chain = chain.then(() => send(url, JSON.stringify({ run: config.run, batch: events }))).catch(() => {});
      return chain;
    };
    return {
      event(type, data) {
        pending.push(Object.assign({ type, seq: seq++, t: clock() }, data || {}));
        if (!lazy.has(type)) return this.flush();
        return null;
      },
      flush() {
        if (!pending.length) return chain;
        const events = pending;
        pending = [];
        return flushEvents(events);
      },
    };
  }

  scope.InferScopeReporter = { makeReporter, lazy };
})(self);
