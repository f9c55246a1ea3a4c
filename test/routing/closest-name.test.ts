import { describe, expect, it } from 'vitest';
import { closestName, didYouMean, levenshtein } from '../../src/util/closest-name';

describe('levenshtein()', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
    expect(levenshtein('tier3', 'tier2')).toBe(1);
    expect(levenshtein('bestskill', 'best-skill')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('abc', '')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });

  it('is symmetric', () => {
    const words = ['routing', 'rooting', 'outing', 'rout', ''];
    for (const a of words) for (const b of words) expect(levenshtein(a, b)).toBe(levenshtein(b, a));
  });
});

describe('closestName()', () => {
  const policies = ['best-skill', 'least-occupied', 'longest-idle-agent', 'skills-priority', 'value-based'];

  it('suggests near misses', () => {
    expect(closestName('bestskill', policies)).toBe('best-skill');
    expect(closestName('skill-priority', policies)).toBe('skills-priority');
    expect(closestName('tier3', ['tier1', 'tier2'])).toBe('tier1'); // equal distance: the first
    expect(closestName('tier3', ['tier2', 'tier1'])).toBe('tier2');
  });

  it('ignores case', () => {
    expect(closestName('Value-Based', policies)).toBe('value-based');
  });

  it('suggests a name the input is a prefix of', () => {
    expect(closestName('longest-idle', policies)).toBe('longest-idle-agent');
  });

  it('prefers the smallest distance', () => {
    expect(closestName('abcdefgh', ['abcdefxx', 'abcdefgx'])).toBe('abcdefgx');
  });

  it('suggests nothing for a distant name', () => {
    expect(closestName('fifo', policies)).toBeUndefined();
    expect(closestName('x', ['y'])).toBe('y'); // one edit is always close enough
    expect(closestName('ab', ['xy'])).toBeUndefined();
    expect(closestName('anything', [])).toBeUndefined();
  });
});

describe('didYouMean()', () => {
  it('formats the suggestion for an error message, or nothing', () => {
    expect(didYouMean('tier3', ['tier2'])).toBe("; did you mean 'tier2'?");
    expect(didYouMean('zzz', ['tier2'])).toBe('');
  });
});
