import { BUILT_IN_POLICIES, compareVariants, parseScenarioText, runExperiment, type ScenarioInput } from 'routelab';
import { renderHtmlReport, reportFromComparison, reportFromExperiment } from 'routelab/report';
import { addDesign, designVariants, differenceRows, type PlaygroundDesign } from './designs';
import { headlineRows } from './headline';
import { applyControls, type PlaygroundControls } from './overrides';
import { problemsOf, type Problem } from './problems';

/**
 * The playground page: the scenario text checked as it is typed (problems listed with their
 * field path and line), controls for routing policy, staffing, replications and seed, and a Run
 * button that runs the experiment on Web Workers, fills the results table and shows the full HTML
 * report below (the same bytes as `renderHtmlReport` on Node). Designs (snapshots of the controls)
 * can be added and compared: `compareVariants` on common random numbers, the paired differences
 * from the first design in a table, and the comparison report. See docs/playground.md.
 *
 * @module
 */

/** The Web Worker's code, inlined by scripts/build-playground.ts so that the page is one file. */
declare const __PLAYGROUND_WORKER__: string;

/**
 * The replication worker, from the inlined code: a Blob URL over HTTP; a `data:` URL from
 * `file://`, where Chromium refuses a module worker from a Blob URL of the page's opaque origin.
 */
const workerFile = ((code: string) =>
  location.protocol === 'file:' ? `data:text/javascript;charset=utf-8,${encodeURIComponent(code)}` : URL.createObjectURL(new Blob([code], { type: 'text/javascript' })))(
  __PLAYGROUND_WORKER__,
);

/** Milliseconds of quiet typing before the text is checked again. */
const VALIDATE_DELAY = 300;

const element = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`playground: no #${id} in the page`);
  return found as T;
};

const textarea = element<HTMLTextAreaElement>('scenario');
const status = element<HTMLParagraphElement>('status');
const problems = element<HTMLUListElement>('problems');
const policy = element<HTMLSelectElement>('policy');
const staffing = element<HTMLInputElement>('staffing');
const replications = element<HTMLInputElement>('replications');
const seed = element<HTMLInputElement>('seed');
const run = element<HTMLButtonElement>('run');
const runStatus = element<HTMLParagraphElement>('run-status');
const results = element<HTMLTableSectionElement>('results-body');
const resultsTable = element<HTMLTableElement>('results');
const differences = element<HTMLTableSectionElement>('differences-body');
const differencesTable = element<HTMLTableElement>('differences');
const designList = element<HTMLOListElement>('designs');
const designNote = element<HTMLParagraphElement>('design-note');
const addDesignButton = element<HTMLButtonElement>('add-design');
const compare = element<HTMLButtonElement>('compare');
const resultJson = element<HTMLPreElement>('result-json');
const reportSection = element<HTMLElement>('report-section');
const reportFrame = element<HTMLIFrameElement>('report');
const reportDownload = element<HTMLAnchorElement>('report-download');

/** Shows the report in its frame (no script runs in it) and offers it as a file. */
function showReport(html: string): void {
  reportFrame.srcdoc = html;
  if (reportDownload.href.startsWith('blob:')) URL.revokeObjectURL(reportDownload.href);
  reportDownload.href = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  reportSection.hidden = false;
}

/** The frame grows to the report's height once it is drawn, so the page scrolls rather than the frame. */
reportFrame.addEventListener('load', () => {
  const height = reportFrame.contentDocument?.documentElement.scrollHeight;
  if (height !== undefined && height > 0) reportFrame.style.height = `${height + 16}px`;
});

for (const name of Object.keys(BUILT_IN_POLICIES).sort()) policy.add(new Option(name, name));

/** Parses the text; on failure returns the problems, placed in the text where possible. */
function check(text: string): { scenario: ScenarioInput } | { problems: Problem[] } {
  try {
    return { scenario: parseScenarioText(text) };
  } catch (error) {
    return { problems: problemsOf(error, text) };
  }
}

function showProblems(list: readonly Problem[], heading: string): void {
  problems.replaceChildren(
    ...list.map((problem) => {
      const item = document.createElement('li');
      const where = [problem.line === undefined ? '' : `line ${problem.line}`, problem.path].filter((s) => s !== '').join(', ');
      item.textContent = where === '' ? problem.message : `${where}: ${problem.message}`;
      if (problem.line !== undefined) item.dataset['line'] = String(problem.line);
      if (problem.path !== '') item.dataset['path'] = problem.path;
      return item;
    }),
  );
  status.textContent = list.length === 0 ? heading : `${heading}: ${list.length} problem${list.length === 1 ? '' : 's'}`;
  status.className = list.length === 0 ? 'valid' : 'invalid';
}

/** The designs added, in order; the first is the baseline of a comparison. */
let designs: PlaygroundDesign[] = [];

/** Whether the text is valid; the buttons that run follow it (Compare needs two designs too). */
let runnable = false;

function setRunnable(valid: boolean): void {
  runnable = valid;
  run.disabled = !valid;
  addDesignButton.disabled = !valid;
  compare.disabled = !valid || designs.length < 2;
}

function showDesigns(): void {
  designList.replaceChildren(
    ...designs.map((design, k) => {
      const item = document.createElement('li');
      item.dataset['design'] = design.name;
      item.append(k === 0 ? `${design.name} (baseline)` : design.name);
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'remove';
      remove.addEventListener('click', () => {
        designs = designs.filter((d) => d.name !== design.name);
        designNote.textContent = '';
        showDesigns();
      });
      item.append(remove);
      return item;
    }),
  );
  compare.disabled = !runnable || designs.length < 2;
}

function validate(): ScenarioInput | undefined {
  const outcome = check(textarea.value);
  if ('problems' in outcome) {
    showProblems(outcome.problems, 'Scenario not valid');
    setRunnable(false);
    return undefined;
  }
  const own = (outcome.scenario as { routing?: { policy?: string } }).routing?.policy ?? 'longest-idle-agent';
  const first = policy.options[0];
  if (first !== undefined) first.text = `as in the scenario (${own})`;
  showProblems([], 'Scenario valid');
  setRunnable(true);
  return outcome.scenario;
}

let timer: ReturnType<typeof setTimeout> | undefined;
textarea.addEventListener('input', () => {
  clearTimeout(timer);
  status.textContent = 'checking…';
  status.className = '';
  timer = setTimeout(validate, VALIDATE_DELAY);
});

/** Focuses the text on a problem's line when its entry is clicked. */
problems.addEventListener('click', (event) => {
  const line = Number((event.target as HTMLElement).dataset['line']);
  if (!Number.isInteger(line)) return;
  const offset = textarea.value.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
  textarea.focus();
  textarea.setSelectionRange(offset, offset);
});

function whole(input: HTMLInputElement, min: number, max: number, name: string): number {
  const value = Number(input.value);
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${input.value}`);
  return value;
}

/** The policy and staffing controls, checked. */
function controls(): PlaygroundControls {
  const factor = Number(staffing.value);
  if (!Number.isFinite(factor) || factor <= 0 || factor > 10) throw new RangeError(`staffing multiplier must be above 0 and at most 10, got ${staffing.value}`);
  return { policy: policy.value, staffing: factor };
}

/** Empties the outputs before a run or a comparison. */
function clearOutputs(): void {
  results.replaceChildren();
  differences.replaceChildren();
  resultJson.textContent = '';
  reportSection.hidden = true;
  reportFrame.removeAttribute('srcdoc');
}

addDesignButton.addEventListener('click', () => {
  try {
    const added = addDesign(designs, controls());
    if (typeof added === 'string') {
      designNote.textContent = added;
      return;
    }
    designs = added;
    designNote.textContent = designs.length < 2 ? 'add another design to compare' : '';
    showDesigns();
  } catch (error) {
    designNote.textContent = (error as Error).message;
  }
});

compare.addEventListener('click', () => {
  void (async () => {
    const scenario = validate();
    if (scenario === undefined || designs.length < 2) return;
    compare.disabled = true;
    run.disabled = true;
    clearOutputs();
    try {
      const count = whole(replications, 1, 1000, 'replications');
      const options = { replications: count, seed: whole(seed, 0, 2 ** 31 - 1, 'seed'), workerFile, metrics: { detailed: true } };
      const variants = designVariants(scenario, designs);
      const started = performance.now();
      runStatus.textContent = `comparing ${designs.length} designs, ${count} replication${count === 1 ? '' : 's'} each, on Web Workers…`;
      const comparison = await compareVariants(variants, options);
      for (const row of differenceRows(comparison)) {
        const tr = document.createElement('tr');
        tr.dataset['design'] = row.design;
        tr.dataset['metric'] = row.metric;
        for (const text of [row.design, row.label, row.difference, row.interval, row.significant]) tr.insertCell().textContent = text;
        differences.append(tr);
      }
      resultsTable.hidden = true;
      differencesTable.hidden = false;
      resultJson.textContent = JSON.stringify(comparison, null, 2);
      const scenarios = Object.fromEntries(variants.map((v) => [v.name, v.scenario]));
      showReport(renderHtmlReport(reportFromComparison(variants[0]!.scenario, comparison, { scenarios })));
      runStatus.textContent = `${designs.length} designs compared with ${comparison.baseline}, ${count} replications each, seed ${options.seed}, common random numbers, in ${((performance.now() - started) / 1000).toFixed(1)} s; intervals at ${comparison.level * 100} %`;
    } catch (error) {
      showProblems(problemsOf(error, undefined), 'Cannot compare');
      runStatus.textContent = 'not run';
    } finally {
      setRunnable(runnable);
      compare.disabled = !runnable || designs.length < 2;
    }
  })();
});

run.addEventListener('click', () => {
  void (async () => {
    const scenario = validate();
    if (scenario === undefined) return;
    run.disabled = true;
    clearOutputs();
    try {
      const chosen = controls();
      const count = whole(replications, 1, 1000, 'replications');
      // The detailed metrics feed the report's charts per contact type and per agent group over the day.
      const options = { replications: count, seed: whole(seed, 0, 2 ** 31 - 1, 'seed'), workerFile, metrics: { detailed: true } };
      const variant = applyControls(scenario, chosen);
      const started = performance.now();
      runStatus.textContent = `running ${count} replication${count === 1 ? '' : 's'} on Web Workers…`;
      const result = await runExperiment(variant, options);
      for (const row of headlineRows(result)) {
        const tr = document.createElement('tr');
        tr.dataset['metric'] = row.metric;
        for (const text of [row.label, row.mean, row.interval]) tr.insertCell().textContent = text;
        results.append(tr);
      }
      resultsTable.hidden = false;
      differencesTable.hidden = true;
      resultJson.textContent = JSON.stringify(result, null, 2);
      showReport(renderHtmlReport(reportFromExperiment(variant, result)));
      runStatus.textContent = `${count} replications, seed ${options.seed}, policy ${result.policy}, in ${((performance.now() - started) / 1000).toFixed(1)} s; intervals at ${result.level * 100} %`;
    } catch (error) {
      // The controls can make a valid text invalid (a policy that needs options): list why.
      showProblems(problemsOf(error, undefined), 'Cannot run');
      runStatus.textContent = 'not run';
    } finally {
      setRunnable(runnable);
    }
  })();
});

validate();
document.body.dataset['ready'] = 'true';
