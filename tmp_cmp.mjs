import ort from 'onnxruntime-node';
import { random } from './resources/native/tool_common.mjs';
const [floatPath, ...others] = process.argv.slice(2);
const mk = (seed) => { const n = random(seed), d = new Float32Array(3*224*224); for (let i=0;i<d.length;i++) d[i]=(n()-0.45)/0.226; return new ort.Tensor('float32', d, [1,3,224,224]); };
const opts = { executionProviders: ['cpu'], intraOpNumThreads: 1, graphOptimizationLevel: 'all' };
const f = await ort.InferenceSession.create(floatPath, opts);
const qs = await Promise.all(others.map((p) => ort.InferenceSession.create(p, opts)));
const argmax = (a) => a.indexOf(Math.max(...a));
const stats = others.map(() => ({ cos: [], top1: 0, t: [] })); const ft = [];
for (let k = 0; k < 20; k++) {
  const x = mk(100 + k);
  let t0 = performance.now(); const a = (await f.run({ input: x })).logits.data; ft.push(performance.now() - t0);
  for (let j = 0; j < qs.length; j++) {
    t0 = performance.now(); const b = (await qs[j].run({ input: x })).logits.data; stats[j].t.push(performance.now() - t0);
    let dot=0,na=0,nb=0; for (let i=0;i<a.length;i++){dot+=a[i]*b[i];na+=a[i]*a[i];nb+=b[i]*b[i];}
    stats[j].cos.push(dot/Math.sqrt(na*nb)); if (argmax(Array.from(a))===argmax(Array.from(b))) stats[j].top1++;
  }
}
const med = (v) => v.slice().sort((p,q)=>p-q)[v.length>>1];
console.log('float median ms', med(ft).toFixed(2));
stats.forEach((s, j) => console.log(others[j], 'min cos', Math.min(...s.cos).toFixed(4), 'median cos', med(s.cos).toFixed(4), 'top1', s.top1 + '/20', 'median ms', med(s.t).toFixed(2)));
