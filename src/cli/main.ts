#!/usr/bin/env node
import { quietOnBrokenPipe } from './cli-io';
import { runCli } from './program';

// A reader that stops early (`| head -1`) ends the output quietly, without a stack trace.
let stdoutFailed = false;
quietOnBrokenPipe(process.stdout, (error) => {
  stdoutFailed = true;
  process.stderr.write(`routelab: stdout: ${error.message}\n`);
});
quietOnBrokenPipe(process.stderr, () => undefined);

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code === 0 && stdoutFailed ? 1 : code;
});
