import { BUILT_IN_POLICIES, parseScenarioText, renderHtmlReport, reportFromExperiment, runExperiment, type ScenarioInput } from 'routelab';
import { headlineRows } from './headline';
import { applyControls } from './overrides';
import { problemsOf, type Problem } from './problems';

/**
 * The playground page: the scenario text checked as it is typed (problems listed with their
 * field path and line), controls for routing policy, staffing, replications and seed, and a Run
 * button that runs the experiment on Web Workers, fills the results table and shows the full HTML
 * report below (the same bytes as `renderHtmlReport` on Node). See docs/playground.md.
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

function validate(): ScenarioInput | undefined {
  const outcome = check(textarea.value);
  if ('problems' in outcome) {
    showProblems(outcome.problems, 'Scenario not valid');
    run.disabled = true;
    return undefined;
  }
  const own = (outcome.scenario as { routing?: { policy?: string } }).routing?.policy ?? 'longest-idle-agent';
  const first = policy.options[0];
  if (first !== undefined) first.text = `as in the scenario (${own})`;
  showProblems([], 'Scenario valid');
  run.disabled = false;
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

run.addEventListener('click', () => {
  void (async () => {
    const scenario = validate();
    if (scenario === undefined) return;
    run.disabled = true;
    results.replaceChildren();
    resultJson.textContent = '';
    reportSection.hidden = true;
    reportFrame.removeAttribute('srcdoc');
    try {
      const factor = Number(staffing.value);
      if (!Number.isFinite(factor) || factor <= 0 || factor > 10) throw new RangeError(`staffing multiplier must be above 0 and at most 10, got ${staffing.value}`);
      const count = whole(replications, 1, 1000, 'replications');
      // The detailed metrics feed the report's charts per contact type and per agent group over the day.
      const options = { replications: count, seed: whole(seed, 0, 2 ** 31 - 1, 'seed'), workerFile, metrics: { detailed: true } };
      const variant = applyControls(scenario, { policy: policy.value, staffing: factor });
      const started = performance.now();
      runStatus.textContent = `running ${count} replication${count === 1 ? '' : 's'} on Web Workers…`;
      const result = await runExperiment(variant, options);
      for (const row of headlineRows(result)) {
        const tr = document.createElement('tr');
        tr.dataset['metric'] = row.metric;
        for (const text of [row.label, row.mean, row.interval]) tr.insertCell().textContent = text;
        results.append(tr);
      }
      resultJson.textContent = JSON.stringify(result, null, 2);
      showReport(renderHtmlReport(reportFromExperiment(variant, result)));
      runStatus.textContent = `${count} replications, seed ${options.seed}, policy ${result.policy}, in ${((performance.now() - started) / 1000).toFixed(1)} s; intervals at ${result.level * 100} %`;
    } catch (error) {
      // The controls can make a valid text invalid (a policy that needs options): list why.
      showProblems(problemsOf(error, undefined), 'Cannot run');
      runStatus.textContent = 'not run';
    } finally {
      run.disabled = false;
    }
  })();
});

validate();
document.body.dataset['ready'] = 'true';
