// The known truth the probes are held against (docs/CALIBRATION.md): after the idle phase, the page
// blocks its main thread with a busy loop of `block_ms` every `period_ms`, `blocks` times, then once for
// `long_block_ms`, while the product's probe (InferScopeHarness.startProbe: clicks, animation frames)
// and the browser's trace measure as they do in every run. Each block's actual duration is reported
// (sample events and env.calibration), so the expectations use what ran, not what was asked.
(function () {
  'use strict';
  const H = self.InferScopeHarness;
  const config = JSON.parse(new URLSearchParams(location.search).get('config'));
  document.getElementById('run').textContent = config.run;
  const show = (text) => { document.getElementById('phase').textContent = text; };
  const report = H.makeReporter(config);
  const schedule = Object.assign({ period_ms: 500, block_ms: 100, blocks: 8, long_block_ms: 300 }, config.calibration || {});
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
  const block = (ms) => { const start = performance.now(); while (performance.now() - start < ms) { /* the known block */ } return performance.now() - start; };

  async function main() {
    const probe = H.startProbe(config, report);
    const idleMs = config.responsiveness ? config.responsiveness.idle_ms : 1000;
    report.event('probe', { idle_ms: idleMs, input_hz: config.responsiveness ? config.responsiveness.input_hz : 0 });
    const flusher = setInterval(() => report.flush(), 500);
    show('idle for ' + idleMs + ' ms');
    await sleep(idleMs);
    probe.setStage('prediction'); // the busy phase: what the probes label as busy
    show('blocking on schedule');
    const busyStart = performance.now();
    const blocks = [];
    const run = async (due, ms) => {
      await sleep(due - performance.now());
      const start = performance.now();
      const took = block(ms);
      blocks.push({ start_ms: start - busyStart, ms: took });
      report.event('sample', { phase: 'steady', ms: took });
    };
    for (let i = 0; i < schedule.blocks; i++) await run(busyStart + i * schedule.period_ms, schedule.block_ms);
    await run(busyStart + schedule.blocks * schedule.period_ms, schedule.long_block_ms);
    await sleep(schedule.period_ms); // frames and clicks after the last block are seen too
    const busyEnd = performance.now();
    probe.setStage('done');
    clearInterval(flusher);
    report.event('env', { env: { calibration: { schedule, blocks, busy_ms: busyEnd - busyStart } } });
    await report.flush();
    report.event('done');
    show('finished');
  }
  main().catch((e) => report.event('error', { stage: 'calibration', message: String((e && e.message) || e) }));
})();
