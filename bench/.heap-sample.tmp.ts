import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { measureRung } from './scale-rung';
const s = new Session();
s.connect();
const post = (m: string, p?: object) => new Promise<any>((res, rej) => s.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
const agents = Number(process.argv[2] ?? 5000);
const hours = Number(process.argv[3] ?? 12);
measureRung({ factor: 1, agents, days: 1, hours: 8, warmup: false }); // warm the code
await post('HeapProfiler.enable');
await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const f = measureRung({ factor: 1, agents, days: 1, hours, warmup: false });
const { profile } = await post('HeapProfiler.stopSampling');
writeFileSync('/tmp/pl/heap.json', JSON.stringify(profile));
const self = new Map<string, number>();
let total = 0;
const walk = (n: any) => {
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + n.selfSize);
  total += n.selfSize;
  n.children.forEach(walk);
};
walk(profile.head);
console.log('events', f.events, 'sampled bytes', total, 'per event', (total / f.events).toFixed(0));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / f.events).toFixed(1).padStart(8), k);
