import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../src/random/streams';

describe('RandomStream', () => {
  it('steps Alea exactly as seedrandom.alea does (plus 2^-33)', () => {
    for (const [seed, name, index] of [[1, 'arrivals:calls', 0], ['x', 'service', 3], [42, 'patience', 7]] as const) {
      const stream = new RandomStreams(seed).substreams('replication', 2).stream(name, index);
      const alea = seedrandom.alea(stream.key);
      for (let i = 0; i < 20_000; i++) {
        const want = alea() + 2 ** -33;
        const got = i % 3 === 2 ? stream.nextInt(1000) : stream.next();
        expect(got).toBe(i % 3 === 2 ? Math.floor(want * 1000) : want);
      }
    }
  });
});
