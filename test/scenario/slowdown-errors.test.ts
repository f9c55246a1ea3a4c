import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate';
import { errorAt, modelOf, validScenario } from './helpers';

/** {@link validScenario} whose chatters hold up to 3 chats, slowed by 1, 1.2, 1.5. */
function slowdownScenario(): Record<string, any> {
  const s = validScenario();
  s.agentGroups[1].channels = { chat: 3 };
  s.agentGroups[1].slowdown = { chat: [1, 1.2, 1.5] };
  return s;
}

describe('agent group slowdown', () => {
  it('resolves into a table per channel id; groups without it get no slowdown field', () => {
    const { model } = modelOf(slowdownScenario());
    expect(model.agentGroups[1]!.slowdown).toEqual([[], [1, 1.2, 1.5], [], []]);
    expect('slowdown' in model.agentGroups[0]!).toBe(false);
  });

  it('rejects a table shorter than the concurrency, saying how many factors it needs', () => {
    const s = slowdownScenario();
    s.agentGroups[1].slowdown.chat = [1, 1.2];
    expect(errorAt(s, 'agentGroups[1].slowdown.chat')).toBe(
      'lists 2 factors but the group holds up to 3 chat contacts at once: give one factor for each number held, 1 to 3',
    );
  });

  it('rejects a table for a channel the group does not handle', () => {
    const s = slowdownScenario();
    s.agentGroups[1].slowdown.messaging = [1];
    expect(errorAt(s, 'agentGroups[1].slowdown.messaging')).toMatch(/does not handle messaging/);
  });

  it.each([0, -1, 'fast'])('rejects the factor %s, naming its index', (value) => {
    const s = slowdownScenario();
    s.agentGroups[1].slowdown.chat = [1, value, 1.5];
    expect(errorAt(s, 'agentGroups[1].slowdown.chat[1]')).toMatch(/^a slowdown factor must be a positive number up to 1000, got /);
  });

  it('rejects voice: a call is exclusive', () => {
    const s = slowdownScenario();
    s.agentGroups[0].slowdown = { voice: [1] };
    expect(errorAt(s, 'agentGroups[0].slowdown.voice')).toMatch(/unknown channel/);
  });

  it('runs: the slowed chats take longer than the same chats without slowdown', () => {
    const slowed = simulate(slowdownScenario() as never, { seed: 1 });
    const plain = slowdownScenario();
    delete plain.agentGroups[1].slowdown;
    const base = simulate(plain as never, { seed: 1 });
    expect(slowed.byContactType[1]!.meanHandleTime!).toBeGreaterThan(base.byContactType[1]!.meanHandleTime!);
    // Same arrivals (same streams): the slowdown draws nothing.
    expect(slowed.byContactType[1]!.offered).toBe(base.byContactType[1]!.offered);
  });
});
