// The Worker placement: the same harness, started by the page with the cell's configuration.
importScripts('decoding.js', 'reporter.js', 'harness.js');
self.onmessage = async (message) => {
  const config = message.data;
  const report = self.InferScopeHarness.makeReporter(config);
  await self.InferScopeHarness.runCell(config, report, (stage) => self.postMessage({ stage }));
  self.postMessage('finished');
};
