import type { Simulator } from '../core/simulator';
import type { AgentTable } from './agent-table';

/** What moving agents on and off duty asks of the engine. */
export interface StaffingHooks {
  /** An agent's duty changed: tell the observers. */
  agentChanged(agent: number): void;
  /** An agent came on duty: offer it waiting work. */
  offerWork(agent: number): void;
}

/**
 * Brings the number of a group's *active* agents (on duty and not about to log off) to `target`.
 * When it rises, agents about to log off stay first, then off-duty agents log on (lowest ids
 * first) and are offered work; when it falls, idle agents log off at once (highest ids first,
 * through `logOff`) and busy ones are marked to log off once the contacts in hand are finished.
 * Shared by the staffing controller and the workforce controller so both move agents alike.
 */
export function moveToTarget(
  sim: Simulator,
  agents: AgentTable,
  hooks: StaffingHooks,
  group: number,
  target: number,
  logOff: (agent: number) => void,
): void {
  const members = agents.members[group]!;
  let active = 0;
  for (const a of members) if (agents.onDuty[a] === 1 && agents.leaving[a] === 0) active++;
  const joined: number[] = [];
  for (const a of members) {
    if (active >= target) break;
    // (an agent about to leave is on duty: logging off clears `leaving`)
    if (agents.leaving[a] === 1) {
      agents.leaving[a] = 0;
      active++;
      joined.push(a);
    }
  }
  for (const a of members) {
    if (active >= target) break;
    if (agents.onDuty[a] === 0) {
      agents.onDuty[a] = 1;
      agents.groupOnDuty[group]!++;
      active++;
      joined.push(a);
    }
  }
  // Stryker disable next-line ArithmeticOperator: a start past the end reads no member (undefined is not on duty)
  for (let k = members.length - 1; k >= 0 && active > target; k--) {
    const a = members[k]!;
    // Stryker disable next-line ConditionalExpression: an agent about to leave is never idle (it logs off when it puts its last contact down)
    if (agents.onDuty[a] === 1 && agents.leaving[a] === 0 && agents.totalLoad[a] === 0) {
      logOff(a);
      active--;
    }
  }
  // Stryker disable next-line ArithmeticOperator,ConditionalExpression: a start past the end reads no member; marking every active agent brings active to 0 ≤ target before k < 0
  for (let k = members.length - 1; k >= 0 && active > target; k--) {
    const a = members[k]!;
    if (agents.onDuty[a] === 1 && agents.leaving[a] === 0) {
      agents.leaving[a] = 1;
      agents.refresh(a, sim.now);
      hooks.agentChanged(a);
      active--;
    }
  }
  for (const a of joined) {
    agents.refresh(a, sim.now);
    hooks.agentChanged(a);
  }
  for (const a of joined) hooks.offerWork(a);
}

/** Logs an agent off now: off duty, out of the free pools, observers told. */
export function logAgentOff(sim: Simulator, agents: AgentTable, hooks: StaffingHooks, agent: number): void {
  agents.onDuty[agent] = 0;
  agents.leaving[agent] = 0;
  agents.groupOnDuty[agents.group[agent] as number]!--;
  agents.refresh(agent, sim.now);
  hooks.agentChanged(agent);
}
