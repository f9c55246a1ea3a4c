import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicyModule, policyModuleUrl } from '../../src/experiment/policy-module';

const dir = mkdtempSync(join(tmpdir(), 'routelab-policy-modules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FACTORY = '() => ({ selectAgent: () => -1, selectContact: () => -1 })';

/** Writes an ES module with `body` and returns its file URL. */
function moduleWith(name: string, body: string): string {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, body);
  return pathToFileURL(file).href;
}

describe('policyModuleUrl()', () => {
  it('keeps URLs and resolves paths against the current directory', () => {
    expect(policyModuleUrl(new URL('file:///srv/p.mjs'))).toBe('file:///srv/p.mjs');
    expect(policyModuleUrl('file:///srv/p.mjs')).toBe('file:///srv/p.mjs');
    expect(policyModuleUrl('data:text/javascript,export const policies = {}')).toBe('data:text/javascript,export const policies = {}');
    expect(policyModuleUrl('/srv/p.mjs')).toBe(pathToFileURL('/srv/p.mjs').href);
    expect(policyModuleUrl('lib/p.mjs')).toBe(pathToFileURL(resolve(process.cwd(), 'lib/p.mjs')).href);
    // a colon further on is part of the path
    expect(policyModuleUrl('lib/ab:c.mjs')).toBe(pathToFileURL(resolve(process.cwd(), 'lib/ab:c.mjs')).href);
    // one letter before ':' is a Windows drive, not a scheme
    expect(policyModuleUrl('c:p.mjs')).toBe(pathToFileURL(resolve(process.cwd(), 'c:p.mjs')).href);
  });

  it('refuses what is not a path or URL', () => {
    expect(() => policyModuleUrl('')).toThrow(new TypeError('policyModule: must be a file path or URL of an ES module, got '));
    expect(() => policyModuleUrl(7 as never)).toThrow(new TypeError('policyModule: must be a file path or URL of an ES module, got 7'));
  });
});

describe('loadPolicyModule()', () => {
  it('registers the policies next to the built-ins, with their descriptions and option checkers', async () => {
    const url = moduleWith(
      'good',
      `export const policies = { 'first-one': ${FACTORY}, 'second-one': ${FACTORY} };
       export const descriptions = { 'first-one': 'the first', 'second-one': 2 };
       export const checkOptions = { 'first-one': () => [{ path: ['depth'], message: 'no depth' }] };`,
    );
    const registry = await loadPolicyModule(url);
    expect(registry.has('longest-idle-agent')).toBe(true);
    const described = Object.fromEntries(registry.describe().map((d) => [d.name, d.description]));
    expect(described['first-one']).toBe('the first');
    // a description that is not a string is replaced by where the policy came from
    expect(described['second-one']).toBe(`custom policy from ${url}`);
    expect(registry.checkOptions({ policy: 'first-one', options: {} })).toEqual([{ path: ['depth'], message: 'no depth' }]);
    // no checker: only the options' shape is checked
    expect(registry.checkOptions({ policy: 'second-one', options: {} })).toEqual([]);
  });

  it('does without descriptions and checkers, and does not take a checker from Object.prototype', async () => {
    const registry = await loadPolicyModule(moduleWith('bare', `export const policies = { 'constructor': ${FACTORY} };`));
    expect(registry.describe().find((d) => d.name === 'constructor')?.description).toMatch(/^custom policy from file:/);
    expect(registry.checkOptions({ policy: 'constructor', options: { any: 1 } })).toEqual([]);
  });

  it('says what is wrong with a module, naming it', async () => {
    const missing = pathToFileURL(join(dir, 'missing.mjs')).href;
    const failure = (await loadPolicyModule(missing).then(
      () => new Error('loaded'),
      (error: unknown) => error,
    )) as Error;
    expect(failure.message).toMatch(`policyModule: cannot import ${missing}: `);
    // the import's own error is kept as the cause
    expect(failure.cause).toBeInstanceOf(Error);
    expect(failure.message).toContain((failure.cause as Error).message);
    for (const [name, body, message] of [
      ['none', 'export const other = 1;', "must export 'policies', an object of policy factories by name, got undefined"],
      ['null', 'export const policies = null;', "must export 'policies', an object of policy factories by name, got object"],
      ['array', 'export const policies = [];', "must export 'policies', an object of policy factories by name, got object"],
      ['number', 'export const policies = 3;', "must export 'policies', an object of policy factories by name, got number"],
    ] as const) {
      const url = moduleWith(name, body);
      await expect(loadPolicyModule(url), name).rejects.toThrow(new TypeError(`policyModule: ${url} ${message}`));
    }
    const notFunction = moduleWith('not-function', `export const policies = { 'fine': ${FACTORY}, 'odd': 'x' };`);
    await expect(loadPolicyModule(notFunction)).rejects.toThrow(
      new TypeError(`policyModule: policies['odd'] in ${notFunction} must be a function (a RoutingPolicyFactory), got string`),
    );
    for (const [name, checkers, shown] of [['checkers-number', '4', 'number'], ['checkers-array', '[]', 'object']] as const) {
      const url = moduleWith(name, `export const policies = { 'fine': ${FACTORY} }; export const checkOptions = ${checkers};`);
      await expect(loadPolicyModule(url), name).rejects.toThrow(
        new TypeError(`policyModule: 'checkOptions' in ${url} must be an object of option checkers by policy name, got ${shown}`),
      );
    }
    // null, like undefined, means no checkers
    const nullCheckers = moduleWith('checkers-null', `export const policies = { 'fine': ${FACTORY} }; export const checkOptions = null;`);
    expect((await loadPolicyModule(nullCheckers)).has('fine')).toBe(true);
    const badChecker = moduleWith('bad-checker', `export const policies = { 'fine': ${FACTORY} }; export const checkOptions = { 'fine': true };`);
    await expect(loadPolicyModule(badChecker)).rejects.toThrow(
      new TypeError(`policyModule: checkOptions['fine'] in ${badChecker} must be a function (a PolicyOptionChecker), got boolean`),
    );
  });
});
