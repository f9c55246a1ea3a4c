import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { readScenarioFile } from '../scenario/load-file';
import type { ScenarioInput } from '../scenario/schema';
import { sumOfTerms, type FigureEstimator, type PublishedFigure } from './figures';
import type { BenchmarkInstance } from './instance';

/**
 * The benchmark manifest (`benchmarks/manifest.yaml`): for each instance its scenario file, its
 * source, the published figures with their intervals and the estimator each uses, and routelab's
 * recorded result. Node only (it reads files).
 *
 * @module
 */

const term = z.string().regex(/^\s*-?\s*[^\s*]+(\s+\*\s+[^\s*]+)*\s*$/, 'a metric path, `path * path`, or either with a leading `-`');
const finite = z.number().finite();

const figureSchema = z
  .object({
    name: z.string().min(1),
    unit: z.string(),
    mean: finite,
    lower: finite,
    upper: finite,
    estimator: z.enum(['mean', 'ratio']),
    numerator: z.array(term).min(1),
    denominator: z.array(term).min(1).optional(),
    scale: finite.optional(),
  })
  .strict()
  .refine((f) => f.lower <= f.mean && f.mean <= f.upper, { message: 'lower ≤ mean ≤ upper must hold' })
  .refine((f) => f.estimator === 'mean' || f.denominator !== undefined, { message: 'a ratio needs a denominator' });

const instanceSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
    scenario: z.string().min(1),
    status: z.enum(['runs', 'waiting']),
    waitsFor: z.string().optional(),
    source: z
      .object({
        software: z.string().optional(),
        paper: z.string().optional(),
        repository: z.string().optional(),
        files: z.array(z.string()).optional(),
        table: z.string().optional(),
      })
      .strict(),
    replication: z.string(),
    sourceReplications: z.number().int().positive(),
    printedDecimals: z.number().int().min(0).max(10),
    level: z.number().gt(0).lt(1).optional(),
    notes: z.array(z.string()).optional(),
    metrics: z.object({ shortAbandonThreshold: finite.optional(), detailed: z.boolean().optional() }).strict().optional(),
    figures: z.array(figureSchema).min(1),
    recorded: z
      .object({
        replications: z.number().int().positive(),
        seed: z.number().int(),
        date: z.string(),
        figures: z.record(z.string(), z.object({ mean: finite, halfWidth: finite }).strict()),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((i) => (i.status === 'waiting') === (i.waitsFor !== undefined), { message: 'waitsFor is given exactly when status is waiting' });

const manifestSchema = z.object({ instances: z.array(instanceSchema).min(1) }).strict();

/** The folder of the bundled benchmarks: `benchmarks/` at the package root (beside `src/` and `dist/`). */
export function defaultBenchmarksDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'benchmarks'), join(here, '..', '..', 'benchmarks')];
  return candidates.find((dir) => existsSync(join(dir, 'manifest.yaml'))) ?? candidates[0]!;
}

function estimatorOf(f: z.infer<typeof figureSchema>): FigureEstimator {
  const scale = f.scale ?? 1;
  if (f.estimator === 'ratio') return { kind: 'ratio', numerator: sumOfTerms(f.numerator, scale), denominator: sumOfTerms(f.denominator!) };
  const numerator = sumOfTerms(f.numerator, scale);
  if (f.denominator === undefined) return { kind: 'mean', value: numerator };
  const denominator = sumOfTerms(f.denominator);
  return {
    kind: 'mean',
    value: (m) => {
      const d = denominator(m) ?? 0;
      return d === 0 ? null : (numerator(m) ?? 0) / d;
    },
  };
}

/**
 * Reads the manifest of `dir` (default: the bundled `benchmarks/`) and the scenario file of every
 * instance.
 *
 * @throws Error naming the file and every problem with its path (`instances[3].figures[2].mean: …`)
 *   when the manifest is malformed, two instances share a name, or a scenario file cannot be read
 */
export function loadBenchmarks(dir: string = defaultBenchmarksDir()): BenchmarkInstance[] {
  const file = join(dir, 'manifest.yaml');
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${file}:\n${parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`);
  }
  const seen = new Set<string>();
  return parsed.data.instances.map((entry, index) => {
    if (seen.has(entry.name)) throw new Error(`${file}: instances.${index}.name: '${entry.name}' is used twice`);
    seen.add(entry.name);
    const figures: PublishedFigure[] = entry.figures.map((f) => ({ name: f.name, unit: f.unit, mean: f.mean, lower: f.lower, upper: f.upper, estimator: estimatorOf(f) }));
    return {
      name: entry.name,
      source: entry.source,
      status: entry.status,
      ...(entry.waitsFor !== undefined ? { waitsFor: entry.waitsFor } : {}),
      replication: entry.replication,
      sourceReplications: entry.sourceReplications,
      printedDecimals: entry.printedDecimals,
      publishedLevel: entry.level ?? 0.95,
      notes: entry.notes ?? [],
      scenario: readScenarioFile(join(dir, entry.scenario)) as ScenarioInput,
      ...(entry.metrics !== undefined ? { metrics: entry.metrics } : {}),
      figures,
      ...(entry.recorded !== undefined ? { recorded: entry.recorded } : {}),
    } as BenchmarkInstance;
  });
}
