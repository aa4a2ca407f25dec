// `npm run bench`: speed figures, each against a baseline measured in the same run. Prints numbers, asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { YOUNG_GENERATION } from '../src/cli/young-generation.js';
import { generateList } from './generate.js';

const root = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(root, '../shared/corpus/lists');

function runTs(script: string, args: string[] = [], nodeFlags: string[] = []): string {
  return execFileSync(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(root, script), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

const lastLine = (output: string) => JSON.parse(output.trim().split('\n').at(-1)!);
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

/** The CLI as a user runs it on the file: `node dist/cli.js --offline`, start to exit. */
function cliWallMs(file: string): number {
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'dist/cli.js'), '--offline', '--format', 'json', file],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`paperlint exited ${run.status} on ${file}`);
  return performance.now() - start;
}

function lintBench(label: string, file: string, targets: { ratio: number; ms?: number; rssMb?: number }) {
  const r = {
    // Under the V8 flag the bin runs itself with, so that the figures are the ones users get.
    ...lastLine(runTs('bench/lint.ts', ['time', file], [YOUNG_GENERATION])),
    ...lastLine(runTs('bench/lint.ts', ['rss', file], [YOUNG_GENERATION])),
  };
  const wall = cliWallMs(file);
  const ratio = r.lintMs / r.parseMs;
  console.log(`\n## lint: ${label}`);
  console.log(`  size            ${(r.bytes / 1e6).toFixed(2)} MB, ${r.entries} entries`);
  console.log(
    `  parse only      ${r.parseMs.toFixed(0)} ms (baseline: remark-parse + remark-gfm, median; node ${YOUNG_GENERATION} as the bin)`,
  );
  console.log(`  whole lint      ${r.lintMs.toFixed(0)} ms (median: parse, entries, rules, inline comments)`);
  console.log(
    `  ratio           ${ratio.toFixed(2)}x parse-only   target <= ${targets.ratio}x: ${verdict(ratio <= targets.ratio)}`,
  );
  console.log(
    `  CLI wall        ${wall.toFixed(0)} ms (node dist/cli.js --offline)${targets.ms ? `   target <= ${targets.ms} ms: ${verdict(wall <= targets.ms)}` : ''}`,
  );
  console.log(
    `  peak RSS        ${r.peakRssMb.toFixed(0)} MB (one lint, fresh process)${targets.rssMb ? `   target <= ${targets.rssMb} MB: ${verdict(r.peakRssMb <= targets.rssMb)}` : ''}`,
  );
}

console.log('# paperlint bench');
if (existsSync(corpus)) {
  const largest = readdirSync(corpus)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(corpus, name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  lintBench(`largest corpus list (${path.basename(largest)})`, largest, { ratio: 1.3 });
} else {
  console.log('\n(../shared/corpus is absent: corpus list skipped)');
}
const generated = path.join(mkdtempSync(path.join(tmpdir(), 'paperlint-bench-')), 'generated-20000.md');
writeFileSync(generated, generateList(20_000));
lintBench('generated 20,000-entry list', generated, { ratio: 1.3, ms: 9000, rssMb: 1500 });

for (const script of ['bench/links.ts', 'bench/arxiv.ts', 'bench/offline-network.ts']) {
  console.log(`\n## ${script}`);
  process.stdout.write(runTs(script));
}
