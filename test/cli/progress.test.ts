import { describe, expect, it } from 'vitest';
import { emitResult } from '../../src/cli/command-parts';
import { progressReporter } from '../../src/cli/progress';
import { compareVariants, policyVariants } from '../../src/experiment/compare';
import { runExperiment } from '../../src/experiment/replications';
import { runShard } from '../../src/experiment/shards';
import { helpDesk } from '../experiment/scenarios';
import { captureStream, cli, tempDir, writeScenario } from './cli-harness';

/** Records onProgress calls. */
function recorder(): { calls: [number, number][]; onProgress: (done: number, total: number) => void } {
  const calls: [number, number][] = [];
  return { calls, onProgress: (done, total) => calls.push([done, total]) };
}

/** [1, total], [2, total], ..., [total, total]. */
const counting = (total: number): [number, number][] => Array.from({ length: total }, (_, i) => [i + 1, total]);

describe('onProgress', () => {
  it('runExperiment: called once per replication in this thread and from worker threads, results unchanged', async () => {
    const without = await runExperiment(helpDesk(1), { replications: 4, threads: 1, seed: 3 });
    for (const threads of [1, 2]) {
      const r = recorder();
      // Results do not depend on the thread count (test/experiment/thread-count-invariance.test.ts).
      expect(await runExperiment(helpDesk(1), { replications: 4, threads, seed: 3, onProgress: r.onProgress })).toEqual(without);
      expect(r.calls).toEqual(counting(4));
    }
  });

  it('runShard counts the replications of its range', async () => {
    const r = recorder();
    const shard = await runShard(helpDesk(1), { from: 5, to: 8, threads: 1, onProgress: r.onProgress });
    expect(shard).toEqual(await runShard(helpDesk(1), { from: 5, to: 8, threads: 1 }));
    expect(r.calls).toEqual(counting(3));
  });

  it('compareVariants counts every design’s replications', async () => {
    const r = recorder();
    const variants = policyVariants(helpDesk(1), ['longest-idle-agent', 'best-skill', 'random-agent']);
    const result = await compareVariants(variants, { replications: 2, threads: 1, onProgress: r.onProgress });
    expect(result).toEqual(await compareVariants(variants, { replications: 2, threads: 1 }));
    expect(r.calls).toEqual(counting(6));
  });
});

describe('the progress bar', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const stderr = captureStream(false);
    const progress = progressReporter({ stdout: captureStream(), stderr }, 'x', 3);
    expect(progress.onProgress).toBeUndefined();
    progress.stop();
    expect(stderr.text()).toBe('');
  });

  it('draws on a terminal stderr and clears its line at the end; stdout is unchanged', async () => {
    const file = writeScenario(tempDir(), 'desk.json', helpDesk(1));
    const args = ['run', file, '--replications', '3', '--threads', '1', '--format', 'json'];
    const tty = await cli(args, { stderr: true });
    const plain = await cli(args);
    expect(tty.code).toBe(0);
    expect(tty.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    expect(tty.stderr).toContain('help-desk [');
    expect(tty.stderr).toMatch(/\d\/3 replications/);
    expect(tty.stderr.endsWith('\u001b[2K')).toBe(true); // the bar's line is cleared
  });
});

describe('html on a terminal', () => {
  it('hints at --out on stderr when an HTML page goes to a terminal stdout', () => {
    for (const isTTY of [true, false]) {
      const io = { stdout: captureStream(isTTY), stderr: captureStream() };
      emitResult(io, 'html', '<html></html>', undefined);
      expect(io.stdout.text()).toBe('<html></html>\n');
      expect(io.stderr.text()).toBe(isTTY ? 'hint: this is an HTML page; write it to a file with --out report.html and open that in a browser\n' : '');
    }
  });
});
