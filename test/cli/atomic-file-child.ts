import { AtomicFile } from '../../src/cli/atomic-file';

// Child process of atomic-file.test.ts: opens an output file, writes part of it, says where its
// temporary file is, and waits to be interrupted.
const file = process.argv[2]!;
const out = new AtomicFile(file);
out.write('half of the new content\n');
process.stdout.write(`${out.temp}\n`);
setTimeout(() => process.exit(3), 20_000);
