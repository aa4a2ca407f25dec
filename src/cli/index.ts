#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { YOUNG_GENERATION } from './young-generation.js';

// The bin runs itself once more with a larger young generation, unless it already has one. Each process
// imports only what it uses: the parent node:child_process, the run it waits for the linter.
if (process.execArgv.some((flag) => flag.startsWith('--max-semi-space-size'))) {
  const { runCli } = await import('./main.js');
  // Everything lives in runCli so that tests run the same code in-process.
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
} else {
  const { spawnSync } = await import('node:child_process');
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, YOUNG_GENERATION, script, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  if (child.error) process.stderr.write(`paperlint: cannot start node: ${child.error.message}\n`);
  process.exitCode = child.status ?? 2;
}
