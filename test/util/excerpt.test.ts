import { describe, expect, it } from 'vitest';
import { excerpt, printableMessage, quoteExcerpt } from '../../src/util/excerpt';

describe('excerpt()', () => {
  it('keeps a short text as it is', () => {
    expect(excerpt('abc')).toBe('abc');
    expect(quoteExcerpt('abc')).toBe("'abc'");
  });

  it('cuts a long text after 80 characters and gives the full length', () => {
    const quoted = quoteExcerpt('x'.repeat(50_000_000));
    expect(quoted).toBe(`'${'x'.repeat(80)}…' (50000000 characters)`);
    expect(excerpt('y'.repeat(81))).toBe(`${'y'.repeat(80)}… (81 characters)`);
  });

  it('escapes control characters and line breaks', () => {
    expect(quoteExcerpt('a\u0000b\nc\u001b[31m\u007f')).toBe("'a\\u0000b\\nc\\u001b[31m\\u007f'");
  });
});

describe('printableMessage()', () => {
  it('keeps line breaks and tabs, escapes other control characters', () => {
    expect(printableMessage('a: 1 problem\n\tb \u0007 c')).toBe('a: 1 problem\n\tb \\u0007 c');
  });

  it('cuts each line longer than 1000 characters', () => {
    const message = printableMessage(`short\n${'z'.repeat(1600)}\n${'y'.repeat(1000)}`);
    expect(message).toBe(`short\n${'z'.repeat(1000)}… (600 more characters)\n${'y'.repeat(1000)}`);
  });
});

describe('values from a file quoted in scenario errors', () => {
  it('a 5 MB duration, rate or key is quoted as an excerpt', async () => {
    const { parseScenario } = await import('../../src/scenario/resolve');
    const big = 'x'.repeat(5_000_000);
    const inputs = [{ name: 'a', horizon: big }, { name: 'a', [big]: 1 }, { name: 'a', contactTypes: [{ name: 'c', arrivals: { rate: big } }] }];
    for (const input of inputs) {
      const result = parseScenario(input);
      expect(result.ok).toBe(false);
      const first = result.ok ? '' : `${result.errors[0]!.path}: ${result.errors[0]!.message}`;
      expect(first.length).toBeLessThan(400);
      expect(first).toContain(`${'x'.repeat(24)}…`);
    }
  });
});
