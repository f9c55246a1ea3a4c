import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, renderHtmlReport, reportFromComparison } from '../../src/report/html/index';
import { HOSTILE, HOSTILE_NAMES, reportComparison, reportScenario, visibleText } from './report-fixtures';

describe('escapeHtml()', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('leaves other text alone', () => {
    expect(escapeHtml('Retail bank — 80% in 20s')).toBe('Retail bank — 80% in 20s');
  });
});

describe('renderHtmlReport() with hostile names', () => {
  let html = '';
  beforeAll(async () => {
    const comparison = await reportComparison(HOSTILE_NAMES);
    html = renderHtmlReport(reportFromComparison(reportScenario(HOSTILE_NAMES), comparison, { title: `Report ${HOSTILE}` }));
  });

  it('contains no tag made of a user string', () => {
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg onload/i);
    expect(html).not.toContain(HOSTILE_NAMES.chat);
    expect(html).not.toContain(HOSTILE_NAMES.site);
  });

  it('shows every name as text', () => {
    const text = visibleText(html);
    for (const name of Object.values(HOSTILE_NAMES)) expect(text).toContain(name);
    expect(text).toContain(`Report ${HOSTILE}`);
  });

  it('escapes names inside data-series attributes (no attribute is cut short)', () => {
    const series = [...html.matchAll(/data-series="([^"]*)"/g)].map((m) => m[1]);
    expect(series.length).toBeGreaterThan(0);
    expect(new Set(series)).toEqual(new Set(['nine agents', 'eleven agents']));
    for (const m of html.matchAll(/data-(?:metric|design)="([^"]*)"/g)) expect(m[1]).not.toMatch(/[<>]/);
  });
});
