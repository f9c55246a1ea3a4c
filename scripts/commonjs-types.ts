/**
 * Writes `dist/index.d.cts` and `dist/report.d.cts`, the declarations of the CommonJS builds
 * (`dist/index.cjs`, `dist/report.cjs`), as copies of their `.d.ts` (run by `npm run build` after
 * tsup). Each declaration file is one bundle that imports nothing, so the same text is valid for both module kinds; TypeScript takes the `.d.cts`
 * for `require('routelab')` (and for `import` in a CommonJS project, which compiles to `require`).
 */
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

for (const entry of ['index', 'report']) {
  const from = fileURLToPath(new URL(`../dist/${entry}.d.ts`, import.meta.url));
  const to = fileURLToPath(new URL(`../dist/${entry}.d.cts`, import.meta.url));
  if (!existsSync(from)) {
    console.error(`commonjs-types: ${from} is missing; run tsup first`);
    process.exit(1);
  }
  copyFileSync(from, to);
  console.log(`wrote dist/${entry}.d.cts (the declarations of dist/${entry}.cjs)`);
}
