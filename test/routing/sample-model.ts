import type { ModelDefinition } from '../../src/model/definition';
import { fakeModel } from './fake-view';

/**
 * A small support center shared by the routing tests.
 *
 * | type          | channel | needs          | priority |
 * |---------------|---------|----------------|----------|
 * | sales         | voice   | sales ≥ 1      | 0        |
 * | billing       | voice   | billing ≥ 2    | 1        |
 * | chat-support  | chat    | tech ≥ 1       | 0        |
 *
 * | group           | site  | proficiency              | concurrency      |
 * |-----------------|-------|--------------------------|------------------|
 * | generalists     | north | sales 3, billing 3       | voice 1          |
 * | billing-experts | north | billing 5                | voice 1          |
 * | sales-team      | south | sales 4, billing 1       | voice 1          |
 * | chat-team       | south | tech 3                   | chat 2           |
 * | blended         | south | sales 2, tech 2          | voice 1, chat 2  |
 *
 * Segments: gold (value 4), bronze (value 1).
 */
export function supportModel(): ModelDefinition {
  return fakeModel({
    skills: ['sales', 'billing', 'tech'],
    sites: ['north', 'south'],
    segments: [
      { name: 'gold', value: 4 },
      { name: 'bronze', value: 1 },
    ],
    types: [
      { name: 'sales', requirements: [['sales', 1]] },
      { name: 'billing', requirements: [['billing', 2]], priority: 1 },
      { name: 'chat-support', channel: 'chat', requirements: [['tech', 1]] },
    ],
    groups: [
      { name: 'generalists', site: 'north', proficiency: { sales: 3, billing: 3 } },
      { name: 'billing-experts', site: 'north', proficiency: { billing: 5 } },
      { name: 'sales-team', site: 'south', proficiency: { sales: 4, billing: 1 } },
      { name: 'chat-team', site: 'south', proficiency: { tech: 3 }, concurrency: { chat: 2 } },
      { name: 'blended', site: 'south', proficiency: { sales: 2, tech: 2 }, concurrency: { voice: 1, chat: 2 } },
    ],
  });
}
