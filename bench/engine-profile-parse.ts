/**
 * Attribution of callgrind instruction counts to the source files of an esbuild bundle, for
 * `bench/engine-profile.ts`: JIT-compiled code has no symbols for valgrind, so each instruction
 * address is looked up in Node's `--perf-basic-prof` map (`/tmp/perf-<pid>.map`: start, size and
 * name of every code object, the name ending in `file:line:column`), and the bundle's line in
 * esbuild's `// src/...ts` file markers.
 * @module
 */

/** One code object of a perf map: start address, size, name. */
export interface CodeRange {
  readonly start: number;
  readonly size: number;
  readonly name: string;
}

/** Parses a perf map (`<hex start> <hex size> <name>` per line), sorted by start address. */
export function parsePerfMap(text: string): CodeRange[] {
  const out: CodeRange[] = [];
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/i.exec(line);
    if (m !== null) out.push({ start: parseInt(m[1]!, 16), size: parseInt(m[2]!, 16), name: m[3]! });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The code object holding `address` (binary search), or undefined (native code, not JIT). */
export function codeAt(ranges: readonly CodeRange[], address: number): CodeRange | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= address) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const r = ranges[found]!;
  return address < r.start + r.size ? r : undefined;
}

/**
 * Self cost per instruction address of a callgrind output written with `--dump-instr=yes`
 * (positions `instr` only): cost lines name an address (absolute `0x..`, relative `+n`/`-n`, or
 * `*` for the same) and its costs, one per event of the `events:` line (trailing zeros may be left
 * out); the line after each `calls=` line is the inclusive cost of a call, not self cost, and is
 * skipped.
 *
 * @param event which event to sum (a name of the `events:` line, e.g. `D1mr`); the first (`Ir`)
 * by default
 */
export function selfCostByAddress(callgrind: string, event?: string): Map<number, number> {
  const out = new Map<number, number>();
  let column = 0;
  if (event !== undefined) {
    const events = /^events:(.*)$/m.exec(callgrind)?.[1]?.trim().split(/\s+/) ?? [];
    column = events.indexOf(event);
    if (column < 0) throw new Error(`selfCostByAddress: no event '${event}' in the profile (events: ${events.join(' ')})`);
  }
  let address = 0;
  let afterCalls = false;
  for (const line of callgrind.split('\n')) {
    if (line.startsWith('calls=')) {
      afterCalls = true;
      continue;
    }
    const c = line.charCodeAt(0);
    // A cost line starts with a position: a hex address, +/- a relative one, or *.
    if (!(c === 48 || c === 43 || c === 45 || c === 42)) continue;
    const space = line.indexOf(' ');
    const position = space < 0 ? line : line.slice(0, space);
    if (position.startsWith('0x')) address = parseInt(position, 16);
    else if (position[0] === '+') address += parseInt(position.slice(1), 16);
    else if (position[0] === '-') address -= parseInt(position.slice(1), 16);
    if (afterCalls) {
      afterCalls = false;
      continue;
    }
    if (space < 0) continue;
    const cost = Number(line.slice(space + 1).trim().split(/\s+/)[column] ?? '0');
    if (Number.isFinite(cost) && cost !== 0) out.set(address, (out.get(address) ?? 0) + cost);
  }
  return out;
}

/** For each line of a bundle (1-based index), the source file of esbuild's last `// path` marker above it. */
export function bundleFiles(bundle: string): string[] {
  const files: string[] = [''];
  let current = '(bundle)';
  for (const line of bundle.split('\n')) {
    const m = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(line);
    if (m !== null) current = m[1]!;
    files.push(current);
  }
  return files;
}

/**
 * The part of the program a source file belongs to, as the profile reports it: the layers of
 * `src/` (the journey's and issues' files apart from the rest of model and metrics), V8's own
 * builtins, and native code (Node, the garbage collector, the compiler).
 */
export function layerOf(file: string): string {
  if (file === '(native)') return 'native (node, GC, compiler)';
  if (file === '(v8 builtins)') return 'v8 builtins and interpreter';
  const m = /^src\/(\w+)\/(.*)$/.exec(file);
  if (m === null) return file.includes('node_modules') ? 'dependencies' : 'bench';
  const [, folder, rest] = m as unknown as [string, string, string];
  if (/journey|issue/.test(rest) && (folder === 'model' || folder === 'metrics')) return 'journey (model and collector)';
  if (folder === 'core') return 'kernel (core)';
  if (folder === 'model' && rest === 'observer-dispatch.ts') return 'observer dispatch';
  return folder;
}

/** Self instructions (or the cost of `event`, see {@link selfCostByAddress}) per source file (JIT code of the bundle), V8 builtin and native code. */
export function costByFile(callgrind: string, perfMap: string, bundle: string, bundleName: string, event?: string): Map<string, number> {
  const ranges = parsePerfMap(perfMap);
  const files = bundleFiles(bundle);
  const at = new RegExp(`${bundleName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`);
  const out = new Map<string, number>();
  for (const [address, cost] of selfCostByAddress(callgrind, event)) {
    const code = codeAt(ranges, address);
    let file = '(native)';
    if (code !== undefined) {
      const m = at.exec(code.name);
      file = m !== null ? (files[Number(m[1])] ?? '(bundle)') : '(v8 builtins)';
    }
    out.set(file, (out.get(file) ?? 0) + cost);
  }
  return out;
}

/**
 * Self instructions (or the cost of `event`) per compiled function: the JIT code object's function name, after V8's tier
 * mark (`*` optimised, `^` baseline, `~` interpreted), with the source file of its bundle line
 * (`*startService src/model/service-flow.ts`), and `(v8 builtins)` and
 * `(native)` as in {@link costByFile}. Code the JIT inlined counts in the function it was inlined
 * into (the physical frame), so read the names as call sites.
 */
export function costByFunction(callgrind: string, perfMap: string, bundle: string, bundleName: string, event?: string): Map<string, number> {
  const ranges = parsePerfMap(perfMap);
  const files = bundleFiles(bundle);
  const at = new RegExp(`^(?:JS:)?([*~^+-]?)(\\S*) \\S*${bundleName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`);
  const out = new Map<string, number>();
  for (const [address, cost] of selfCostByAddress(callgrind, event)) {
    const code = codeAt(ranges, address);
    let name = '(native)';
    if (code !== undefined) {
      const m = at.exec(code.name);
      name = m !== null ? `${m[1]}${m[2] === '' ? '(anonymous)' : m[2]} ${files[Number(m[3])] ?? '(bundle)'}` : '(v8 builtins)';
    }
    out.set(name, (out.get(name) ?? 0) + cost);
  }
  return out;
}

/**
 * Self cost of `event` per function name as callgrind names it (`fn=` lines, with its name
 * compression `fn=(id) name` / `fn=(id)`, a name also defined by `cfn=(id) name`): the symbols of native code (Node, V8's runtime and
 * garbage collector, libc, libm). JIT code has no symbol; callgrind names it by address
 * (`0x…`), and such names are left out: attribute JIT code with {@link costByFunction}.
 */
export function selfCostByNativeFunction(callgrind: string, event: string): Map<string, number> {
  const names = /^events:(.*)$/m.exec(callgrind)?.[1]?.trim().split(/\s+/) ?? [];
  const column = names.indexOf(event);
  if (column < 0) throw new Error(`selfCostByNativeFunction: no event '${event}' in the profile (events: ${names.join(' ')})`);
  const fnNames = new Map<string, string>();
  const out = new Map<string, number>();
  let current = '';
  let afterCalls = false;
  for (const line of callgrind.split('\n')) {
    // A name may be defined first where the function is called (`cfn=(id) name`).
    if (line.startsWith('cfn=')) {
      const m = /^cfn=\((\d+)\) (.*)$/.exec(line);
      if (m !== null) fnNames.set(m[1]!, m[2]!);
      continue;
    }
    if (line.startsWith('fn=')) {
      const m = /^fn=\((\d+)\)(?: (.*))?$/.exec(line);
      if (m === null) current = line.slice(3);
      else {
        if (m[2] !== undefined) fnNames.set(m[1]!, m[2]);
        current = fnNames.get(m[1]!) ?? `(${m[1]})`;
      }
      continue;
    }
    if (line.startsWith('calls=')) {
      afterCalls = true;
      continue;
    }
    const c = line.charCodeAt(0);
    if (!(c === 48 || c === 43 || c === 45 || c === 42)) continue;
    if (afterCalls) {
      afterCalls = false;
      continue;
    }
    const space = line.indexOf(' ');
    if (space < 0 || current.startsWith('0x')) continue;
    const cost = Number(line.slice(space + 1).trim().split(/\s+/)[column] ?? '0');
    if (Number.isFinite(cost) && cost !== 0) out.set(current, (out.get(current) ?? 0) + cost);
  }
  return out;
}
