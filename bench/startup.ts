// Start-up (issue #10): `paperlint --offline` on a one-line list from start to exit, against a bare `node -e 0`
// in the same run. Runs alternate so that a busy machine weighs on both alike; medians of RUNS.
// Target: paperlint <= bare node + 250 ms.
// Run: npx tsx bench/startup.ts   (PAPERLINT_CLI names the built CLI to time, default dist/cli.js)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = 21;
const TARGET_MS = 250;

const root = path.resolve(import.meta.dirname, '..');
const cli = path.resolve(root, process.env.PAPERLINT_CLI ?? 'dist/cli.js');
// A folder of its own: no configuration file is found, as for most lists.
const folder = mkdtempSync(path.join(tmpdir(), 'paperlint-startup-'));
writeFileSync(
  path.join(folder, 'README.md'),
  '- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), NeurIPS 2017\n',
);

function wallMs(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: folder, stdio: 'ignore' });
  const ms = performance.now() - start;
  if (run.status !== 0 && run.status !== 1) throw new Error(`node ${args.join(' ')} exited ${run.status}`);
  return ms;
}

const bareRuns: number[] = [];
const paperlintRuns: number[] = [];
for (let round = 0; round < RUNS; round++) {
  bareRuns.push(wallMs(['-e', '0']));
  paperlintRuns.push(wallMs([cli, '--offline', 'README.md']));
}
const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1];
const bare = median(bareRuns);
const paperlint = median(paperlintRuns);
const over = paperlint - bare;

console.log(`  bare node       ${bare.toFixed(0)} ms (node -e 0, median of ${RUNS})`);
console.log(
  `  paperlint       ${paperlint.toFixed(0)} ms (node ${path.relative(root, cli)} --offline on a one-line list, median of ${RUNS})`,
);
console.log(
  `  over bare node  ${over.toFixed(0)} ms   target <= ${TARGET_MS} ms: ${over <= TARGET_MS ? 'ok' : 'MISSED'}`,
);
