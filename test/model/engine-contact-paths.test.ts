import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../src/model/definition';
import type { ContactCenterObserver } from '../../src/model/observer';
import type { ContactCenterView } from '../../src/model/view';
import { simulate, simulateModel } from '../../src/run/simulate';
import { resolveScenario } from '../../src/scenario/resolve';
import type { ScenarioInput } from '../../src/scenario/schema';
import { tracedRun } from './traced-run';

const fixed = (value: number): Record<string, unknown> => ({ kind: 'deterministic', value });

/** Logs each new contact as `time #serial type transfer|new`, and each callback offer. */
class ArrivalLog implements ContactCenterObserver {
  readonly lines: string[] = [];
  private v!: ContactCenterView;
  attach(view: ContactCenterView): void {
    this.v = view;
  }
  onArrival(c: number): void {
    const v = this.v;
    this.lines.push(`${v.now} #${v.contactSerial(c)} ${v.model.contactTypes[v.contactType(c)]!.name} ${v.contactIsTransfer(c) ? 'transfer' : 'new'}`);
  }
  onCallbackOffered(c: number): void {
    this.lines.push(`${this.v.now} #${this.v.contactSerial(c)} offered a callback`);
  }
}

function logged(input: ScenarioInput): { lines: string[]; result: ReturnType<typeof simulate> } {
  const log = new ArrivalLog();
  const result = simulate(input, { seed: 1, observers: [log], checkInvariants: true });
  return { lines: log.lines, result };
}

describe('contacts that reach the queue without an agent passing them on', () => {
  it('a customer who leaves the self-service stage for an agent is a new contact, not a transfer', () => {
    // The bot keeps each caller 30 s and resolves nothing (containment 0): both calls then queue.
    const { lines } = logged({
      name: 'self-service then queue',
      horizon: 1000,
      interval: 1000,
      skills: ['s'],
      contactTypes: [
        { name: 'calls', skills: { s: 1 }, handleTime: fixed(100), arrivals: { trace: [0, 1] }, selfService: { time: fixed(30), containment: 0 } },
      ],
      agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 1 }],
    } as unknown as ScenarioInput);
    expect(lines).toEqual(['30 #0 calls new', '31 #1 calls new']);
  });

  it('a re-routed customer’s next contact is a new contact of the target type, not a transfer', () => {
    // One agent for both types: #0 is served 0–100; #1 waits from 1 and is re-routed at 11.
    const { lines, result } = logged({
      name: 're-route',
      horizon: 1000,
      interval: 1000,
      skills: ['s'],
      contactTypes: [
        { name: 'first', skills: { s: 1 }, handleTime: fixed(100), arrivals: { trace: [0, 1] }, maxWait: { after: 10, then: { rerouteTo: 'second' } } },
        { name: 'second', skills: { s: 1 }, handleTime: fixed(100) },
      ],
      agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: 1 }],
    } as unknown as ScenarioInput);
    expect(lines).toEqual(['0 #0 first new', '1 #1 first new', '11 #2 second new']);
    expect(result.overall.served).toBe(2);
  });
});

describe('transfers', () => {
  it('never balk, even into a type whose new customers all balk when they would wait', () => {
    // 'back' is busy 0–200 with its own call; 'front' (0–100, no authority) transfers its caller
    // to 'back' at 100, who would wait: a new 'back' customer would balk (probability 1), a
    // transferred one waits and is served 200–400.
    const result = simulate(
      {
        name: 'transfer into a balking type',
        horizon: 1000,
        interval: 1000,
        skills: ['front', 'back'],
        contactTypes: [
          { name: 'front', skills: { front: 1 }, handleTime: fixed(100), arrivals: { trace: [0] }, transfer: { to: 'back' } },
          { name: 'back', skills: { back: 1 }, handleTime: fixed(200), arrivals: { trace: [0] }, balking: { probability: 1 } },
        ],
        agentGroups: [
          { name: 'reception', skills: { front: 1 }, agents: 1, authority: false },
          { name: 'experts', skills: { back: 1 }, agents: 1 },
        ],
      } as unknown as ScenarioInput,
      { seed: 1, checkInvariants: true },
    );
    expect(result.queueExits!.map((t) => [t.name, t.balked])).toEqual([['back', 0]]);
    expect(result.overall.served).toBe(3);
  });

  it('a customer held on a warm transfer is never offered a callback, whoever holds them', () => {
    // #0 ('front', the run's first contact) is served 0–100 and transferred warm to 'back', whose
    // agent is busy 50–250 with #1: the transferred customer, still on the line with #0's agent,
    // waits without a callback offer and is answered at 250.
    const { lines, result } = logged({
      name: 'warm transfer into a callback type',
      horizon: 1000,
      interval: 1000,
      skills: ['front', 'back'],
      contactTypes: [
        { name: 'front', skills: { front: 1 }, handleTime: fixed(100), arrivals: { trace: [0] }, transfer: { to: 'back', warm: { consultTime: fixed(10) } } },
        { name: 'back', skills: { back: 1 }, handleTime: fixed(200), arrivals: { trace: [50] }, callback: { offerWhenWaitAbove: 0, acceptance: 1, mode: 'virtual-hold' } },
      ],
      agentGroups: [
        { name: 'reception', skills: { front: 1 }, agents: 1, authority: false },
        { name: 'experts', skills: { back: 1 }, agents: 1 },
      ],
    } as unknown as ScenarioInput);
    expect(lines).toEqual(['0 #0 front new', '50 #1 back new', '100 #2 back transfer']);
    expect(result.overall.served).toBe(3);
  });
});

describe('callback offers by channel', () => {
  it('are never made to an email customer, even in a model built in code that skips the scenario checks', () => {
    // One mail desk (one email at a time, 100 s): #1 (at 1) would wait 99 s. The scenario refuses a
    // callback on an email type; the resolved model is given the voice type's definition by hand.
    const model = resolveScenario({
      name: 'email callback',
      horizon: 1000,
      interval: 1000,
      skills: ['s'],
      contactTypes: [
        { name: 'calls', skills: { s: 1 }, handleTime: fixed(100), arrivals: { trace: [500] }, callback: { mode: 'virtual-hold', offerWhenWaitAbove: 0, acceptance: 1 } },
        { name: 'mails', channel: 'email', skills: { s: 1 }, handleTime: fixed(100), arrivals: { trace: [0, 1] } },
      ],
      agentGroups: [
        { name: 'phones', skills: { s: 1 }, agents: 1 },
        { name: 'mail desk', skills: { s: 1 }, agents: 1, channels: { email: 1 } },
      ],
    } as unknown as ScenarioInput);
    const [calls, mails] = model.contactTypes;
    const withCallback: ModelDefinition = { ...model, contactTypes: [calls!, { ...mails!, callback: calls!.callback }] };
    expect(withCallback.contactTypes[1]!.callback).not.toBeNull();
    const log = new ArrivalLog();
    const result = simulateModel(withCallback, { seed: 1, observers: [log] });
    expect(log.lines.filter((l) => l.includes('offered'))).toEqual([]);
    expect(result.overall.served).toBe(3);
  });
});

describe('the drain’s way out of a warm-transfer deadlock', () => {
  it('also releases the hold when the oldest waiting transfer is the table’s first contact slot', () => {
    // One desk of 2 agents without authority. 'early' (0–50) takes the first slot and frees it at
    // 50; the 'front' calls at 1 hold the next two. #1 is served from 1, #2 from 50 (when 'early'
    // ends); each is transferred warm to 'back' at its end (101, 150), and the transfer of #1 reuses
    // the freed first slot. From 150 both agents hold a caller whose transfer waits for them.
    // At the horizon (3600) the drain lets #1's agent go (oldest first): it answers #1's transfer
    // 3600–3800, then #2's (#2's agent consults 30 s, free at 3830), which ends at 4000.
    const slots: number[] = [];
    const firstSlots: ContactCenterObserver = {
      onArrival(c: number) {
        slots.push(c);
      },
    };
    const result = simulate(
      {
        name: 'warm transfer deadlock in the first slot',
        horizon: '1h',
        endOfDay: 'drain',
        skills: ['front', 'back'],
        contactTypes: [
          { name: 'early', skills: { front: 1 }, handleTime: fixed(50), arrivals: { trace: [0] } },
          {
            name: 'front',
            skills: { front: 1 },
            handleTime: fixed(100),
            arrivals: { trace: [1, 1] },
            transfer: { to: 'back', warm: { consultTime: fixed(30) } },
          },
          { name: 'back', skills: { back: 1 }, handleTime: fixed(200) },
        ],
        agentGroups: [{ name: 'desk', agents: 2, skills: { front: 1, back: 1 }, authority: false }],
      } as unknown as ScenarioInput,
      { seed: 1, checkInvariants: true, observers: [firstSlots] },
    );
    // The premise: the first transfer (the 4th contact) took slot 0.
    expect(slots).toEqual([0, 1, 2, 0, 3]);
    expect(result.overall.unfinished).toBe(0);
    expect(result.overall.served).toBe(5);
    expect(result.endTime).toBe(4000);
  });
});

describe('a waiting contact’s record while many others come and go', () => {
  it('keeps its own wait when the 25th contact in the table abandons', () => {
    // Nobody is on duty before 100. A patient caller arrives at 0 (the first slot), 24 impatient
    // ones at 1 (slots 1–24) who all give up at 11; the agent takes the patient caller at 100, a
    // wait of exactly 100 s.
    const { records, result } = tracedRun({
      name: 'one patient caller among many',
      horizon: 200,
      interval: 100,
      skills: ['s'],
      contactTypes: [
        { name: 'patient', skills: { s: 1 }, handleTime: fixed(10), arrivals: { trace: [0] } },
        { name: 'impatient', skills: { s: 1 }, handleTime: fixed(10), arrivals: { trace: Array.from({ length: 24 }, () => 1) }, patience: fixed(10) },
      ],
      agentGroups: [{ name: 'agents', skills: { s: 1 }, agents: { perInterval: [0, 1] } }],
    } as unknown as ScenarioInput);
    expect(result.overall.abandoned).toBe(24);
    expect(records[0]).toMatchObject({ serial: 0, outcome: 'served', serviceStart: 100, wait: 100 });
  });
});
