import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Writes `files` (relative path → text) into a fresh temporary folder and returns the folder.
 * Tests read scenario files from it.
 */
export function writeFiles(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'routelab-scenario-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A small complete base scenario in YAML. */
export const BASE_YAML = `
name: Base center
horizon: 8h
skills: [billing, cards]
contactTypes:
  - name: billing
    skills: { billing: 1 }
    handleTime: { kind: lognormal, mean: 5m, cv: 0.8 }
    patience: { kind: exponential, mean: 3m }
    arrivals: { rate: 120/h }
  - name: cards
    channel: chat
    skills: { cards: 1 }
    handleTime: { kind: exponential, mean: 6m }
    arrivals: { rate: 30/h }
agentGroups:
  - { name: tier1, agents: 10, skills: { billing: 3 }, channels: { voice: 1 } }
  - { name: chatters, agents: 4, skills: { cards: 2 }, channels: { chat: 2 } }
`;
