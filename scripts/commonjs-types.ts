/**
 * Writes `dist/index.d.cts`, the declarations of the CommonJS build (`dist/index.cjs`), as a copy of
 * `dist/index.d.ts` (run by `npm run build` after tsup). The declaration file is one bundle that
 * imports nothing, so the same text is valid for both module kinds; TypeScript takes the `.d.cts`
 * for `require('routelab')` (and for `import` in a CommonJS project, which compiles to `require`).
 */
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../dist/index.d.ts', import.meta.url));
const to = fileURLToPath(new URL('../dist/index.d.cts', import.meta.url));
if (!existsSync(from)) {
  console.error(`commonjs-types: ${from} is missing; run tsup first`);
  process.exit(1);
}
copyFileSync(from, to);
console.log('wrote dist/index.d.cts (the declarations of dist/index.cjs)');
