#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { followChild, watchParent } from './respawn.js';
import { YOUNG_GENERATION, youngGenerationPays } from './young-generation.js';

const argv = process.argv.slice(2);
const flagged = process.execArgv.some((flag) => flag.startsWith('--max-semi-space-size'));

// Big lists run in a second node with a pinned young generation (young-generation.ts); nothing but this file and
// node:child_process loads before that, so each run loads the linter once, and only what it uses.
if (flagged || !(await youngGenerationPays(argv, process.env))) {
  const { runCli } = await import('./main.js');
  // Everything lives in runCli so that tests run the same code in-process.
  process.exitCode = await runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    // Started by the bin's own re-run (with an IPC channel): it lives only as long as its parent.
    abandoned: process.send ? watchParent() : undefined,
  });
} else {
  const { spawn } = await import('node:child_process');
  const script = fileURLToPath(import.meta.url);
  followChild(
    spawn(process.execPath, [...process.execArgv, YOUNG_GENERATION, script, ...argv], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    }),
  );
}
