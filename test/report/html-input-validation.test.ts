import { beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentResult } from '../../src/experiment/result-format';
import { renderHtmlReport, type ReportInput } from '../../src/report/html/index';
import { reportExperiment, reportScenario } from './report-fixtures';

describe('renderHtmlReport() input checks', () => {
  let experiment: ExperimentResult;
  beforeAll(async () => {
    experiment = await reportExperiment();
  });

  it('rejects an input without designs', () => {
    expect(() => renderHtmlReport({ scenario: reportScenario(), designs: [] })).toThrow(/designs must list at least one design/);
  });

  it('rejects two designs with the same name', () => {
    const design = { name: 'a', experiment };
    expect(() => renderHtmlReport({ scenario: reportScenario(), designs: [design, design] })).toThrow(/'a' is used twice/);
  });

  it('rejects an unknown stream mode and a non-string time stamp', () => {
    const base: ReportInput = { scenario: reportScenario(), designs: [{ name: 'a', experiment }] };
    expect(() => renderHtmlReport({ ...base, mode: 'shared' as never })).toThrow(RangeError);
    expect(() => renderHtmlReport({ ...base, generatedAt: 5 as never })).toThrow(/generatedAt must be a string/);
  });

  it('reports an invalid scenario', () => {
    expect(() => renderHtmlReport({ scenario: { name: 'broken' } as never, designs: [{ name: 'a', experiment }] })).toThrow();
  });
});
