import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Whether two paths name the same file: compared by device and inode where the file exists (so
 * symbolic links, `./a` and `a`, and hard links are the same file), else by the real path of its
 * folder and its name. Devices and pipes (`/dev/null`, `/dev/stdout`) are never "the same file":
 * writing to them twice overwrites nothing.
 *
 * @module
 */

type Identity = { readonly kind: 'inode'; readonly key: string } | { readonly kind: 'path'; readonly key: string } | { readonly kind: 'device' };

function identityOf(path: string): Identity {
  try {
    const stat = statSync(path);
    if (!stat.isFile() && !stat.isDirectory()) return { kind: 'device' };
    return { kind: 'inode', key: `${stat.dev}:${stat.ino}` };
  } catch {
    const absolute = resolve(path);
    try {
      return { kind: 'path', key: join(realpathSync(dirname(absolute)), basename(absolute)) };
    } catch {
      return { kind: 'path', key: absolute };
    }
  }
}

/** True when `a` and `b` name the same file (see the module comment). */
export function sameFile(a: string, b: string): boolean {
  const x = identityOf(a);
  const y = identityOf(b);
  if (x.kind === 'device' || y.kind === 'device') return false;
  return x.kind === y.kind && x.key === y.key;
}
