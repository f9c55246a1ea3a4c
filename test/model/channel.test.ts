import { describe, expect, it } from 'vitest';
import { CHANNELS, channelIndex, isOnlineChannel } from '../../src/model/channel';
import { intervalIndex } from '../../src/model/queue-exit-definition';

describe('channels', () => {
  it('numbers the channels in their listed order, -1 for an unknown name', () => {
    expect(CHANNELS.map(channelIndex)).toEqual([0, 1, 2, 3]);
    expect(channelIndex('fax')).toBe(-1);
  });

  it('counts voice and chat as online (the customer waits on the line), email and messaging not', () => {
    expect([0, 1, 2, 3].map(isOnlineChannel)).toEqual([true, true, false, false]);
  });
});

describe('intervalIndex()', () => {
  // Half-hour intervals in a day, a list of 2 entries.
  const p = { intervalLength: 1800, period: 86_400, handleTime: null, patience: null };

  it('gives the interval of the time of day, the last entry past the list', () => {
    expect(intervalIndex(p, 2, 0)).toBe(0);
    expect(intervalIndex(p, 2, 1799)).toBe(0);
    expect(intervalIndex(p, 2, 1800)).toBe(1);
    expect(intervalIndex(p, 2, 3600)).toBe(1);
    expect(intervalIndex(p, 2, 50_000)).toBe(1);
    // The next day starts over.
    expect(intervalIndex(p, 2, 86_400 + 100)).toBe(0);
  });
});
