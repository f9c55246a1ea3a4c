import { describe, expect, it } from 'vitest';
import { bundleFiles, codeAt, costByFile, costByFunction, layerOf, parsePerfMap, selfCostByAddress, selfCostByNativeFunction } from '../../bench/engine-profile-parse';

describe('selfCostByAddress()', () => {
  it('follows absolute, relative and repeated positions and leaves out the inclusive cost of calls', () => {
    const cg = ['events: Ir', 'fn=(1) 0x1000', '0x1000 5', '+4 7', '*  1', 'cfn=(2) 0x2000', 'calls=1 0x2000', '+2 900', '-6 3', 'fn=(2)', '0x2000 11'].join('\n');
    const cost = selfCostByAddress(cg);
    expect(cost.get(0x1000)).toBe(5 + 3);
    expect(cost.get(0x1004)).toBe(7 + 1);
    // The call's inclusive 900 at 0x1006 is not self cost; the callee's own 11 is.
    expect(cost.get(0x1006)).toBeUndefined();
    expect(cost.get(0x2000)).toBe(11);
  });

  it('sums the named event column, a left-out trailing cost counting as zero', () => {
    const cg = ['events: Ir Dr D1mr', 'fn=(1) 0x1000', '0x1000 5 2 1', '+4 7', '*  1 1  4', 'calls=1 0x2000', '+2 900 90 9', 'fn=(2)', '0x2000 11 3'].join('\n');
    expect([...selfCostByAddress(cg, 'D1mr')]).toEqual([[0x1000, 1], [0x1004, 4]]);
    expect([...selfCostByAddress(cg, 'Dr')]).toEqual([[0x1000, 2], [0x1004, 1], [0x2000, 3]]);
    expect(selfCostByAddress(cg, 'Ir').get(0x1004)).toBe(8);
    expect(() => selfCostByAddress(cg, 'LLmr')).toThrow(/no event 'LLmr'/);
  });
});

describe('selfCostByNativeFunction()', () => {
  it('sums an event per named function, following name compression and leaving out JIT code and call costs', () => {
    const cg = [
      'events: Ir D1mr',
      'fn=(1) Scavenger::Process',
      '0x10 9 4',
      'cfn=(3) memmove',
      'calls=1 0x90',
      '+2 500 50',
      'fn=(2) 0x00007f0012',
      '0x50 7 3',
      'fn=(3)',
      '0x90 2 1',
      'fn=(1)',
      '0x14 1 2',
    ].join('\n');
    expect(Object.fromEntries(selfCostByNativeFunction(cg, 'D1mr'))).toEqual({ 'Scavenger::Process': 6, memmove: 1 });
  });
});

describe('codeAt()', () => {
  it('finds the code object holding an address, and none in the gaps', () => {
    const ranges = parsePerfMap('20 10 JS:*b file:///x.mjs:7:1\n10 8 JS:*a file:///x.mjs:3:1\n');
    expect(codeAt(ranges, 0x10)?.name).toContain(':3:');
    expect(codeAt(ranges, 0x17)?.name).toContain(':3:');
    expect(codeAt(ranges, 0x18)).toBeUndefined();
    expect(codeAt(ranges, 0x2f)?.name).toContain(':7:');
    expect(codeAt(ranges, 0x30)).toBeUndefined();
    expect(codeAt(ranges, 0x5)).toBeUndefined();
  });
});

describe('costByFile()', () => {
  it('attributes JIT code to the bundle file marked above its line, other code to builtins or native', () => {
    const bundle = ['// src/core/simulator.ts', 'function take() {}', '', '// src/metrics/journey-collector.ts', 'function onArrival() {}'].join('\n');
    expect(bundleFiles(bundle)[2]).toBe('src/core/simulator.ts');
    expect(bundleFiles(bundle)[5]).toBe('src/metrics/journey-collector.ts');
    const map = '100 10 JS:*take file:///t/p.mjs:2:1\n200 10 JS:*onArrival file:///t/p.mjs:5:1\n300 10 Builtin:LoadIC\n';
    const cg = ['0x100 4', '0x205 6', '0x300 2', '0x900 9'].join('\n');
    const files = costByFile(cg, map, bundle, 'p.mjs');
    expect(Object.fromEntries(files)).toEqual({
      'src/core/simulator.ts': 4,
      'src/metrics/journey-collector.ts': 6,
      '(v8 builtins)': 2,
      '(native)': 9,
    });
  });
});

describe('costByFunction()', () => {
  it('names the compiled function with its bundle file, other code builtins or native', () => {
    const bundle = ['// src/core/simulator.ts', 'function take() {}', '', '// src/metrics/journey-collector.ts', 'function onArrival() {}', 'x(() => 1)'].join('\n');
    const map = '100 10 JS:*take file:///t/p.mjs:2:1\n200 10 JS:~onArrival file:///t/p.mjs:5:1\n280 10 JS:* file:///t/p.mjs:6:3\n300 10 Builtin:LoadIC\n';
    const cg = ['0x100 4', '0x205 6', '0x281 1', '0x300 2', '0x900 9', '0x101 3'].join('\n');
    expect(Object.fromEntries(costByFunction(cg, map, bundle, 'p.mjs'))).toEqual({
      '*take src/core/simulator.ts': 7,
      '~onArrival src/metrics/journey-collector.ts': 6,
      '*(anonymous) src/metrics/journey-collector.ts': 1,
      '(v8 builtins)': 2,
      '(native)': 9,
    });
  });
});

describe('layerOf()', () => {
  it('puts the journey and issue files of model and metrics apart, and names the kernel', () => {
    expect(layerOf('src/model/issue-flow.ts')).toMatch(/journey/);
    expect(layerOf('src/metrics/journey-counters.ts')).toMatch(/journey/);
    expect(layerOf('src/core/event-queue.ts')).toBe('kernel (core)');
    expect(layerOf('src/model/engine.ts')).toBe('model');
    expect(layerOf('src/model/observer-dispatch.ts')).toBe('observer dispatch');
    expect(layerOf('src/metrics/collector.ts')).toBe('metrics');
    expect(layerOf('node_modules/zod/v4/core/core.js')).toBe('dependencies');
  });
});
