import { describe, expect, it } from 'vitest';
import { errorAt, errorsOf, journeyScenario, lines } from './helpers';

describe('journey scenario (the base of these tests)', () => {
  it('is valid', () => {
    expect(() => errorsOf(journeyScenario())).toThrow(/expected the scenario to be rejected/);
  });
});

describe('contact types named by via and transfer.to', () => {
  it('rejects an unknown type in repeat.via and retrial.via, with a suggestion', () => {
    const s = journeyScenario();
    s.contactTypes[0].repeat.via = { 'billing-voice': 0.6, 'cards-chatt': 0.4 };
    s.contactTypes[0].retrial.via = { 'biling-voice': 1 };
    expect(errorAt(s, 'contactTypes[0].repeat.via.cards-chatt')).toBe("unknown contact type 'cards-chatt'; did you mean 'cards-chat'?");
    expect(errorAt(s, 'contactTypes[0].retrial.via.biling-voice')).toBe("unknown contact type 'biling-voice'; did you mean 'billing-voice'?");
  });

  it('lists the contact types when no name is close', () => {
    const s = journeyScenario();
    s.contactTypes[0].repeat.via = { fax: 1 };
    expect(errorAt(s, 'contactTypes[0].repeat.via.fax')).toBe("unknown contact type 'fax'; known: billing-voice, cards-chat");
  });

  it('rejects an unknown transfer target, with a suggestion', () => {
    const s = journeyScenario();
    s.contactTypes[0].transfer.to = 'card-chat';
    expect(errorAt(s, 'contactTypes[0].transfer.to')).toBe("unknown contact type 'card-chat'; did you mean 'cards-chat'?");
  });

  it('rejects a transfer to the type itself', () => {
    const s = journeyScenario();
    s.contactTypes[0].transfer.to = 'billing-voice';
    expect(errorAt(s, 'contactTypes[0].transfer.to')).toBe("must name another contact type; 'billing-voice' cannot transfer to itself");
  });

  it('rejects a transfer target that no agent group can serve, at the target', () => {
    const s = journeyScenario();
    s.contactTypes.push({
      name: 'back-office',
      channel: 'email',
      skills: { billing: 4 },
      handleTime: { kind: 'exponential', mean: '20m' },
      arrivals: { trace: [] },
    });
    s.contactTypes[0].transfer.to = 'back-office';
    expect(errorAt(s, 'contactTypes[2]')).toBe(
      "no agent group can serve contact type 'back-office' (needs channel email and skills billing ≥ 4): " +
        'tier1 does not handle email; chatters does not handle email',
    );
    expect(errorsOf(s).filter((e) => e.path.includes('transfer'))).toEqual([]);
  });
});

describe('via shares', () => {
  it('must sum to 1', () => {
    const s = journeyScenario();
    s.contactTypes[0].repeat.via = { 'billing-voice': 0.6, 'cards-chat': 0.3 };
    s.contactTypes[0].retrial.via = { 'cards-chat': 0.5, 'billing-voice': 0.75 };
    expect(errorAt(s, 'contactTypes[0].repeat.via')).toBe('shares must sum to 1, got 0.9');
    expect(errorAt(s, 'contactTypes[0].retrial.via')).toBe('shares must sum to 1, got 1.25');
  });

  it('must each lie in [0, 1]', () => {
    const s = journeyScenario();
    s.contactTypes[0].repeat.via = { 'billing-voice': 1.5, 'cards-chat': -0.5 };
    expect(errorAt(s, 'contactTypes[0].repeat.via.billing-voice')).toBe('share must be a number between 0 and 1, got 1.5');
    expect(errorAt(s, 'contactTypes[0].repeat.via.cards-chat')).toBe('share must be a number between 0 and 1, got -0.5');
  });
});

describe('probabilities', () => {
  it.each([
    ['resolution', 1.2],
    ['repeat', -0.1],
    ['retrial', 2],
    ['transfer', -1],
  ])('rejects %s.probability %d', (field, value) => {
    const s = journeyScenario();
    s.contactTypes[0][field].probability = value;
    expect(errorAt(s, `contactTypes[0].${field}.probability`)).toBe(`probability must be a number between 0 and 1, got ${value}`);
  });

  it('are required in resolution, repeat and retrial, like the delay', () => {
    const s = journeyScenario();
    s.contactTypes[0].resolution = { withContext: 1.1 };
    s.contactTypes[0].repeat = { delay: { kind: 'exponential', mean: '1d' } };
    s.contactTypes[0].retrial = { probability: 0.5 };
    s.contactTypes[0].transfer = { probability: 0.5 };
    expect(errorAt(s, 'contactTypes[0].resolution.probability')).toBe('required field is missing');
    expect(errorAt(s, 'contactTypes[0].repeat.probability')).toBe('required field is missing');
    expect(errorAt(s, 'contactTypes[0].retrial.delay')).toBe('required field is missing');
    expect(errorAt(s, 'contactTypes[0].transfer.to')).toBe('required field is missing');
  });
});

describe('factors', () => {
  it('rejects negative resolution factors', () => {
    const s = journeyScenario();
    s.contactTypes[0].resolution.byProficiency = { 1: 0.8, 3: -0.5 };
    s.contactTypes[0].resolution.withContext = -1;
    expect(errorAt(s, 'contactTypes[0].resolution.byProficiency.3')).toBe('resolution factor must be a number ≥ 0, got -0.5');
    expect(errorAt(s, 'contactTypes[0].resolution.withContext')).toBe('withContext must be a number ≥ 0, got -1');
  });

  it('requires positive handle-time factors', () => {
    const s = journeyScenario();
    s.journey.contextHandleFactor = 0;
    s.journey.repeatHandleFactor = -1.2;
    expect(errorAt(s, 'journey.contextHandleFactor')).toBe('contextHandleFactor must be a positive number, got 0');
    expect(errorAt(s, 'journey.repeatHandleFactor')).toBe('repeatHandleFactor must be a positive number, got -1.2');
  });
});

describe('journey settings', () => {
  it.each([
    [0, '0'],
    [2.5, '2.5'],
    ['5', "'5'"],
  ])('rejects maxContacts %s', (value, shown) => {
    const s = journeyScenario();
    s.journey.maxContacts = value;
    expect(errorAt(s, 'journey.maxContacts')).toBe(`maxContacts must be a whole number ≥ 1, got ${shown}`);
  });

  it('lists the allowed contexts, with a suggestion on a typo', () => {
    const s = journeyScenario();
    s.journey.context = 'omni-channel';
    expect(errorAt(s, 'journey.context')).toBe("must be one of none, same-channel, omnichannel, got 'omni-channel'; did you mean 'omnichannel'?");
    s.journey.context = 'full';
    expect(errorAt(s, 'journey.context')).toBe("must be one of none, same-channel, omnichannel, got 'full'");
  });

  it('rejects an authority that is not a boolean', () => {
    const s = journeyScenario();
    s.agentGroups[0].authority = 'no';
    expect(errorAt(s, 'agentGroups[0].authority')).toBe("must be true or false, got 'no'");
  });
});

describe('unknown journey fields', () => {
  it('names each misspelled field with a suggestion', () => {
    const s = journeyScenario();
    s.journy = {};
    s.journey.maxContact = 3;
    s.contactTypes[0].repeat.delays = '1h';
    s.contactTypes[1].resolutions = { probability: 0.5 };
    s.agentGroups[1].autority = false;
    expect(errorAt(s, 'journy')).toBe("unknown field; did you mean 'journey'?");
    expect(errorAt(s, 'journey.maxContact')).toBe("unknown field; did you mean 'maxContacts'?");
    expect(errorAt(s, 'contactTypes[0].repeat.delays')).toBe("unknown field; did you mean 'delay'?");
    expect(errorAt(s, 'contactTypes[1].resolutions')).toBe("unknown field; did you mean 'resolution'?");
    expect(errorAt(s, 'agentGroups[1].autority')).toBe("unknown field; did you mean 'authority'?");
  });

  it('lists the known fields and levels when nothing is close', () => {
    const s = journeyScenario();
    s.contactTypes[0].transfer.target = 'x';
    s.contactTypes[0].resolution.byProficiency = { 6: 1.2 };
    expect(errorAt(s, 'contactTypes[0].transfer.target')).toBe('unknown field; known: to, probability, warm');
    expect(errorAt(s, 'contactTypes[0].resolution.byProficiency.6')).toBe('unknown proficiency level; known: 1, 2, 3, 4, 5');
  });
});

describe('all journey errors at once', () => {
  it('reports schema, name and share errors together, in document order', () => {
    const s = journeyScenario();
    s.journey.maxContacts = 0;
    s.contactTypes[0].resolution.probability = 1.5;
    s.contactTypes[0].repeat.via = { 'billing-voice': 0.6, 'cards-chatt': 0.4 };
    s.contactTypes[0].transfer.to = 'billing-voice';
    s.contactTypes[1].retrial = { probability: 0.5, delay: { kind: 'exponential', mean: '1m' }, via: { 'cards-chat': 0.5 } };
    expect(lines(errorsOf(s))).toEqual([
      'contactTypes[0].resolution.probability: probability must be a number between 0 and 1, got 1.5',
      "contactTypes[0].repeat.via.cards-chatt: unknown contact type 'cards-chatt'; did you mean 'cards-chat'?",
      "contactTypes[0].transfer.to: must name another contact type; 'billing-voice' cannot transfer to itself",
      'contactTypes[1].retrial.via: shares must sum to 1, got 0.5',
      'journey.maxContacts: maxContacts must be a whole number ≥ 1, got 0',
    ]);
  });
});
