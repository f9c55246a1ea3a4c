/**
 * What the HTML report costs to write: the time to render a report (Vega-Lite compile, Vega
 * dataflow and SVG string rendering of every chart, plus the tables) and its size, for compared
 * designs of the retail bank (2 designs) and of the small test center with 3 and 8 designs; and,
 * for scale, the time of the experiments the report is made from. The report is written once per
 * study, so the ratio of render time to experiment time is the figure that matters.
 *
 * Run: `npx tsx bench/report-render.ts`.
 * @module
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compareVariants, type Variant } from '../src/experiment/compare';
import { renderHtmlReport, reportFromComparison } from '../src/report/html/index';
import { loadScenarioFile } from '../src/scenario/extends';
import type { ScenarioInput } from '../src/scenario/schema';
import { reportScenario } from '../test/report/report-fixtures';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

async function measure(label: string, variants: readonly Variant[], replications: number): Promise<void> {
  const t0 = performance.now();
  const comparison = await compareVariants(variants, { replications, threads: 1, seed: 1 });
  const experiment = performance.now() - t0;
  const scenarios = Object.fromEntries(variants.map((v) => [v.name, v.scenario]));
  const input = reportFromComparison(variants[0]!.scenario, comparison, { scenarios });
  renderHtmlReport(input); // warm-up: module loading and JIT
  const runs = 3;
  const t1 = performance.now();
  let bytes = 0;
  for (let i = 0; i < runs; i++) bytes = Buffer.byteLength(renderHtmlReport(input));
  const render = (performance.now() - t1) / runs;
  console.log(`${label.padEnd(34)} experiment ${experiment.toFixed(0).padStart(6)} ms   render ${render.toFixed(0).padStart(5)} ms   render/experiment ${(render / experiment).toFixed(2)}   ${(bytes / 1024).toFixed(0)} KiB`);
}

console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const bank = ['retail-bank', 'retail-bank-virtual-hold'].map((name) => {
  const scenario = loadScenarioFile(`${ROOT}examples/${name}.yaml`).input as ScenarioInput;
  return { name: String(scenario.name), scenario };
});
await measure('retail bank what-if, 2 designs, R=10', bank, 10);
for (const n of [3, 8]) {
  const variants = Array.from({ length: n }, (_, k) => ({ name: `${7 + k} voice agents`, scenario: reportScenario(undefined, 7 + k) }));
  await measure(`small center, ${n} designs, R=10`, variants, 10);
}
