import { describe, expect, it } from 'vitest';
import { errorAt, errorsOf, lines, modelOf } from './helpers';
import { overflowScenario } from './overflow-helpers';

const AT = 'contactTypes[0].overflow';

describe('overflow scenario (the base of these tests)', () => {
  it('is valid', () => {
    expect(() => modelOf(overflowScenario())).not.toThrow();
  });
});

describe('overflow: group names', () => {
  it('rejects an unknown group in primary and in a step, with a suggestion', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.primary = ['tier-1'];
    s.contactTypes[0].overflow.steps[1].groups = ['outsorcer'];
    expect(errorAt(s, `${AT}.primary[0]`)).toBe("unknown agent group 'tier-1'; did you mean 'tier1'?");
    expect(errorAt(s, `${AT}.steps[1].groups[0]`)).toBe("unknown agent group 'outsorcer'; did you mean 'outsourcer'?");
  });

  it('lists the groups when no name is close', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps[0].groups = ['manila'];
    expect(errorAt(s, `${AT}.steps[0].groups[0]`)).toBe("unknown agent group 'manila'; known: tier1, chatters, home-agents, outsourcer");
  });

  it('rejects an empty name', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.primary = [''];
    expect(errorAt(s, `${AT}.primary[0]`)).toBe('name must not be empty');
  });
});

describe('overflow: groups that cannot serve the type', () => {
  it('gives the reason a group cannot serve: channel', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps[0].groups = ['home-agents', 'chatters'];
    expect(errorAt(s, `${AT}.steps[0].groups[1]`)).toBe("group 'chatters' cannot serve contact type 'billing-voice': does not handle voice");
  });

  it('gives the reason a group cannot serve: missing skill and low proficiency', () => {
    const s = overflowScenario();
    s.agentGroups[2].skills = { cards: 3 };
    s.agentGroups[3].skills = { billing: 1 };
    expect(errorAt(s, `${AT}.steps[0].groups[0]`)).toBe("group 'home-agents' cannot serve contact type 'billing-voice': lacks skill billing");
    expect(errorAt(s, `${AT}.steps[1].groups[0]`)).toBe("group 'outsourcer' cannot serve contact type 'billing-voice': has billing 1 (needs ≥ 2)");
  });

  it('uses the same reason text as the "no agent group can serve" error', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.primary = ['chatters'];
    s.agentGroups.splice(2, 2);
    s.contactTypes[0].overflow.steps = [{ after: '30s', groups: ['tier1'] }];
    s.agentGroups[0].channels = { chat: 1 };
    const errors = lines(errorsOf(s));
    expect(errors).toContain(`${AT}.primary[0]: group 'chatters' cannot serve contact type 'billing-voice': does not handle voice`);
    expect(errors).toContain(`${AT}.steps[0].groups[0]: group 'tier1' cannot serve contact type 'billing-voice': does not handle voice`);
    expect(errors.find((e) => e.startsWith('contactTypes[0]: no agent group can serve'))).toContain('chatters does not handle voice');
  });
});

describe('overflow: a group listed twice', () => {
  it('names the step the group is already in: primary', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps[1].groups = ['outsourcer', 'tier1'];
    expect(errorAt(s, `${AT}.steps[1].groups[1]`)).toBe("group 'tier1' is already in step 0 (primary)");
  });

  it('names the step the group is already in: a later step, or the same list', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.primary = ['tier1', 'tier1'];
    s.contactTypes[0].overflow.steps[1].groups = ['home-agents'];
    expect(errorAt(s, `${AT}.primary[1]`)).toBe("group 'tier1' is already in step 0 (primary)");
    expect(errorAt(s, `${AT}.steps[1].groups[0]`)).toBe("group 'home-agents' is already in step 1 (steps[0])");
  });

  it('reports only the repetition, not the qualification again, for an unqualified group listed twice', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps[0].groups = ['chatters'];
    s.contactTypes[0].overflow.steps[1].groups = ['chatters'];
    expect(errorAt(s, `${AT}.steps[0].groups[0]`)).toMatch(/^group 'chatters' cannot serve/);
    expect(errorAt(s, `${AT}.steps[1].groups[0]`)).toBe("group 'chatters' is already in step 1 (steps[0])");
  });
});

describe('overflow: after', () => {
  it('must increase strictly from step to step', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps[1].after = '30s';
    expect(errorAt(s, `${AT}.steps[1].after`)).toBe(
      "must be greater than the after of the steps before it (30s), got 30s; list steps in increasing after",
    );
  });

  it('compares each step with the latest of the steps before it, so every misplaced step is reported', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps = [
      { after: '2m', groups: ['home-agents'] },
      { after: '1m', groups: ['outsourcer'] },
      { after: '90s', groups: ['chatters'] },
    ];
    s.agentGroups[1].channels = { chat: 2, voice: 1 };
    s.agentGroups[1].skills = { cards: 2, billing: 2 };
    expect(errorAt(s, `${AT}.steps[1].after`)).toMatch(/\(2m\), got 1m;/);
    expect(errorAt(s, `${AT}.steps[2].after`)).toMatch(/\(2m\), got 1m30s;/);
  });

  it('must be a duration greater than 0', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps[0].after = 0;
    s.contactTypes[0].overflow.steps[1].after = 'soon';
    expect(errorAt(s, `${AT}.steps[0].after`)).toBe('must be greater than 0 seconds, got 0');
    expect(errorAt(s, `${AT}.steps[1].after`)).toMatch(/^cannot read duration 'soon'/);
    s.contactTypes[0].overflow.steps[1].after = true;
    expect(errorAt(s, `${AT}.steps[1].after`)).toMatch(/^must be a duration/);
  });

  it('is required', () => {
    const s = overflowScenario();
    delete s.contactTypes[0].overflow.steps[0].after;
    expect(errorAt(s, `${AT}.steps[0].after`)).toBe('required field is missing');
  });
});

describe('overflow: lists', () => {
  it('rejects an empty primary and an empty groups list', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.primary = [];
    s.contactTypes[0].overflow.steps[0].groups = [];
    expect(errorAt(s, `${AT}.primary`)).toBe('primary must list at least one agent group');
    expect(errorAt(s, `${AT}.steps[0].groups`)).toBe('groups must list at least one agent group');
  });

  it('requires primary and groups', () => {
    const s = overflowScenario();
    delete s.contactTypes[0].overflow.primary;
    delete s.contactTypes[0].overflow.steps[1].groups;
    expect(errorAt(s, `${AT}.primary`)).toBe('required field is missing');
    expect(errorAt(s, `${AT}.steps[1].groups`)).toBe('required field is missing');
  });

  it('rejects a group list that is not a list', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.primary = 'tier1';
    expect(errorAt(s, `${AT}.primary`)).toBe("must be a list, got 'tier1'");
  });
});

describe('overflow: protection values', () => {
  it.each([
    ['targetQueueBelow', 0, 'targetQueueBelow must be a whole number ≥ 1, got 0'],
    ['targetQueueBelow', 2.5, 'targetQueueBelow must be a whole number ≥ 1, got 2.5'],
    ['reserveAgents', -1, 'reserveAgents must be a whole number ≥ 0, got -1'],
    ['sourceQueueAtLeast', 0, 'sourceQueueAtLeast must be a whole number ≥ 1, got 0'],
    ['maxShare', 0, 'maxShare must be a fraction in (0, 1], got 0'],
    ['maxShare', 1.5, 'maxShare must be a fraction in (0, 1], got 1.5'],
    ['maxShare', '30%', "maxShare must be a fraction in (0, 1], got '30%'"],
  ])('rejects protect.%s = %s', (field, value, message) => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.steps[1].protect[field] = value;
    expect(errorAt(s, `${AT}.steps[1].protect.${field}`)).toBe(message);
  });
});

describe('overflow: unknown fields', () => {
  it('suggests the closest field at each level', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflow.step = [];
    s.contactTypes[0].overflow.steps[0].group = ['tier1'];
    s.contactTypes[0].overflow.steps[1].protection = {};
    s.contactTypes[0].overflow.steps[1].protect.maxshare = 0.2;
    expect(errorAt(s, `${AT}.step`)).toBe("unknown field; did you mean 'steps'?");
    expect(errorAt(s, `${AT}.steps[0].group`)).toBe("unknown field; did you mean 'groups'?");
    expect(errorAt(s, `${AT}.steps[1].protection`)).toBe("unknown field; did you mean 'protect'?");
    expect(errorAt(s, `${AT}.steps[1].protect.maxshare`)).toBe("unknown field; did you mean 'maxShare'?");
  });

  it('suggests overflow for a misspelled field of the contact type', () => {
    const s = overflowScenario();
    s.contactTypes[0].overflw = s.contactTypes[0].overflow;
    delete s.contactTypes[0].overflow;
    expect(errorAt(s, 'contactTypes[0].overflw')).toBe("unknown field; did you mean 'overflow'?");
  });
});

describe('overflow: all at once', () => {
  it('reports name, order, list and value errors together, with errors elsewhere in the type', () => {
    const s = overflowScenario();
    s.contactTypes[0].handleTime = { kind: 'exponential' };
    s.contactTypes[0].overflow = {
      primary: ['tier2'],
      steps: [
        { after: '1m', groups: ['home-agents', 'home-agents'] },
        { after: '30s', groups: [], protect: { maxShare: 2 } },
      ],
    };
    const found = lines(errorsOf(s)).filter((e) => e.startsWith(AT));
    expect(found).toEqual([
      `${AT}.primary[0]: unknown agent group 'tier2'; did you mean 'tier1'?`,
      `${AT}.steps[0].groups[1]: group 'home-agents' is already in step 1 (steps[0])`,
      `${AT}.steps[1].after: must be greater than the after of the steps before it (1m), got 30s; list steps in increasing after`,
      `${AT}.steps[1].groups: groups must list at least one agent group`,
      `${AT}.steps[1].protect.maxShare: maxShare must be a fraction in (0, 1], got 2`,
    ]);
    expect(lines(errorsOf(s)).some((e) => e.startsWith('contactTypes[0].handleTime'))).toBe(true);
  });
});

describe('overflow: malformed input', () => {
  it.each([
    ['a string', 'tier1'],
    ['a list', ['tier1']],
    ['null', null],
    ['odd elements', { primary: [5, null, 'tier1'], steps: [null, 'x', { after: {}, groups: 'home-agents' }, { after: '1m', groups: [7] }] }],
  ])('reports %s without throwing', (_, overflow) => {
    const s = overflowScenario();
    s.contactTypes[0].overflow = overflow;
    const errors = errorsOf(s);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.path.startsWith(AT))).toBe(true);
  });

  it('does not check group names when agentGroups is not a list', () => {
    const s = overflowScenario();
    s.agentGroups = 'tier1';
    expect(errorsOf(s).filter((e) => e.path.startsWith(AT))).toEqual([]);
  });
});
