import type { ContactTypeDefinition, ModelDefinition } from '../../src/model/definition';
import type { SimulationResult } from '../../src/run/simulate';

/**
 * The preemptive-resume priority center of the validation test and script: calls (priority 1) and
 * e-mails (priority 0) share one group, and a call suspends an e-mail in service.
 *
 * @module
 */

/** The e-mails' mean time in system in one replication: mean wait + mean handle time (work) + time suspended per served e-mail. */
export function emailSojourn(r: SimulationResult): number {
  const email = r.byContactType[1]!;
  const block = r.interruptions![0]!;
  const suspendedPerServed = block.served === 0 ? 0 : ((block.meanSuspendedTime ?? 0) * block.interrupted) / block.served;
  return email.asa! + block.meanHandleTime! + suspendedPerServed;
}

/** Calls and e-mails of one exponential handle time, calls first and interrupting e-mails. */
export function preemptiveModel(base: ModelDefinition, callRate: number, emailRate: number): ModelDefinition {
  const template = base.contactTypes[0]!;
  const call: ContactTypeDefinition = { ...template, priority: 1, arrivals: { kind: 'poisson', rate: callRate } };
  const email: ContactTypeDefinition = { ...template, id: 1, name: 'emails', channel: 2, priority: 0, arrivals: { kind: 'poisson', rate: emailRate } };
  const group = base.agentGroups[0]!;
  return {
    ...base,
    contactTypes: [call, email],
    agentGroups: [{ ...group, concurrency: [1, 0, 1, 0], interruptions: { suspends: [2], resumeOverhead: 0 } }],
  };
}

