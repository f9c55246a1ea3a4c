/**
 * Bytes allocated per contact by `simulate()` on the M/M/c+M benchmark center, and the functions
 * that allocate them. Uses the inspector's sampling heap profiler with the objects that minor and
 * major garbage collections freed kept in the profile, so short-lived boxes count. Two run lengths
 * in one process; the difference of their sampled bytes over the difference of their contacts
 * removes start-up and compilation. Sampling, so figures move by a few bytes per contact.
 *
 * Run: `npx tsx bench/engine-allocation.ts [--arrivals 300000] [--base 100000] [--top 15]`.
 * @module
 */
import { Session } from 'node:inspector/promises';
import { simulate } from '../src/run/simulate';
import { mmcmParams, mmcmScenario } from './engine-scenario';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** Sampled bytes per allocating function (name and file:line), summed over the profile tree. */
function bySite(root: ProfileNode): Map<string, number> {
  const sites = new Map<string, number>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.selfSize > 0) {
      const f = node.callFrame;
      const file = f.url.replace(/^.*\/(src|bench)\//, '$1/');
      const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
      sites.set(key, (sites.get(key) ?? 0) + node.selfSize);
    }
    stack.push(...node.children);
  }
  return sites;
}

/** Runs `simulate()` on `arrivals` under the sampling heap profiler; returns contacts and bytes per site. */
async function sample(session: Session, arrivals: number): Promise<{ contacts: number; sites: Map<string, number> }> {
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 256,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const contacts = simulate(mmcmScenario(mmcmParams(arrivals)), { seed: 1 }).overall.offered;
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: ProfileNode } };
  return { contacts, sites: bySite(profile.head) };
}

async function main(argv: string[]): Promise<void> {
  let arrivals = 300_000;
  let base = 100_000;
  let top = 15;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--arrivals') arrivals = Number(argv[++i]);
    else if (a === '--base') base = Number(argv[++i]);
    else if (a === '--top') top = Number(argv[++i]);
    else throw new Error(`unknown argument '${a}' (--arrivals N, --base N, --top N)`);
  }
  if (!(arrivals > base && base > 0)) throw new Error(`--arrivals (${arrivals}) must exceed --base (${base}) > 0`);
  const session = new Session();
  session.connect();
  simulate(mmcmScenario(mmcmParams(base)), { seed: 2 }); // warm-up: compile before sampling
  const small = await sample(session, base);
  const big = await sample(session, arrivals);
  session.disconnect();
  const contacts = big.contacts - small.contacts;
  const perSite = new Map<string, number>();
  for (const [k, n] of big.sites) perSite.set(k, (n - (small.sites.get(k) ?? 0)) / contacts);
  let total = 0;
  for (const n of perSite.values()) total += n;
  console.log(`simulate: ${contacts.toLocaleString('en-US')} contacts (${arrivals} − ${base} expected arrivals)`);
  console.log(`${total.toFixed(1).padStart(8)}  bytes allocated per contact (sampled)`);
  for (const [k, n] of [...perSite].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${n.toFixed(1).padStart(8)}  ${k}`);
}

await main(process.argv.slice(2));
