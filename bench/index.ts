// `npm run bench`: speed figures, each against a baseline measured in the same run. Prints numbers, asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { YOUNG_GENERATION } from '../src/cli/young-generation.js';
import { generateList, SHAPES } from './generate.js';

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

/** The CPU sets the lint bench pins each process to (`taskset -c`): one core, and the two GitHub's runners have. */
const CORE_SETS = [
  { cpus: '0', label: '1 core' },
  { cpus: '0,1', label: '2 cores' },
];
const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** A command line run on the given CPUs only (as is where taskset is missing). */
function pinned(cpus: string, command: string, args: string[]): [string, string[]] {
  return hasTaskset ? ['taskset', ['-c', cpus, command, ...args]] : [command, args];
}

function runPinned(cpus: string, args: string[]): string {
  const [command, pinnedArgs] = pinned(cpus, process.execPath, args);
  return execFileSync(command, pinnedArgs, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The CLI as a user runs it on the file: `node dist/cli.js --offline`, start to exit. */
function cliWallMs(cpus: string, file: string): number {
  const [command, args] = pinned(cpus, process.execPath, [
    path.join(root, 'dist/cli.js'),
    '--offline',
    '--format',
    'json',
    file,
  ]);
  const start = performance.now();
  const run = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  // Exit 1 means errors found; a report on stdout tells it from a crash.
  if ((run.status !== 0 && run.status !== 1) || !run.stdout.startsWith('{'))
    throw new Error(`paperlint exited ${run.status} on ${file}: ${run.stderr}`);
  return ms;
}

/** One list on each core set: awesome-lint's offline lint against paperlint's, in the same run. */
function lintBench(
  label: string,
  file: string,
  targets: { awesomeRatio: number; floorRatio: number; ms?: number; rssMb?: number },
) {
  const rounds = statSync(file).size > 1_000_000 ? 3 : 5;
  const runs = CORE_SETS.map(({ cpus }) => {
    // paperlint under the V8 flag its bin runs itself with, awesome-lint as its bin runs: the figures users get.
    const r = {
      ...lastLine(runPinned(cpus, [YOUNG_GENERATION, 'bench/lint.js', file])),
      ...lastLine(runPinned(cpus, [YOUNG_GENERATION, 'bench/rss.js', file])),
    };
    const awesome = lastLine(
      runPinned(cpus, ['--no-deprecation', 'bench/awesome-lint.js', file, String(rounds)]),
    );
    return {
      ...r,
      ...awesome,
      wallMs: cliWallMs(cpus, file),
      ratio: r.lintMs / awesome.awesomeLintMs,
      cpuRatio: r.lintCpuMs / awesome.awesomeLintCpuMs,
      floorRatio: r.lintCpuMs / r.markdownItCpuMs,
      floorMainRatio: r.lintMainMs / r.markdownItMainMs,
      coldFloorRatio: r.coldLintCpuMs / r.coldMarkdownItCpuMs,
    };
  });
  const row = (name: string, cell: (run: (typeof runs)[number]) => string, note = '') =>
    console.log(`  ${name.padEnd(18)}${runs.map((run) => cell(run).padEnd(12)).join('')}${note}`);
  const target = (limit: number | undefined, value: (run: (typeof runs)[number]) => number, unit: string) =>
    limit === undefined
      ? ''
      : `   target <= ${limit}${unit}: ${runs.map((run) => verdict(value(run) <= limit)).join(' / ')}`;
  console.log(`\n## lint: ${label}: ${(runs[0].bytes / 1e6).toFixed(2)} MB, ${runs[0].entries} entries`);
  console.log(
    `  ${''.padEnd(18)}${CORE_SETS.map((set) => set.label.padEnd(12)).join('')}${hasTaskset ? '(taskset -c)' : '(taskset missing: not pinned)'}`,
  );
  row(
    'awesome-lint',
    (run) => `${run.awesomeLintMs.toFixed(0)} ms`,
    `(baseline: its offline lint, remark + its preset without awesome-github; median of ${runs.map((run) => run.awesomeRuns).join(' / ')})`,
  );
  row(
    'paperlint lint',
    (run) => `${run.lintMs.toFixed(0)} ms`,
    '(median: parse, entries, rules, inline comments)',
  );
  row(
    'ratio',
    (run) => `${run.ratio.toFixed(2)}x`,
    target(targets.awesomeRatio, (run) => run.ratio, 'x'),
  );
  row(
    'ratio (CPU time)',
    (run) => `${run.cpuRatio.toFixed(2)}x`,
    '(process CPU time: other load on the machine disturbs it less than wall time)',
  );
  row(
    'markdown-it parse',
    (run) => `${run.markdownItMs.toFixed(0)} ms`,
    '(a parse without positions, median: the floor)',
  );
  row(
    'ratio to floor',
    (run) => `${run.floorRatio.toFixed(2)}x`,
    `(CPU time)${target(targets.floorRatio, (run) => run.floorRatio, 'x')}`,
  );
  row(
    '  main thread',
    // NaN where /proc has no per-thread CPU time (not Linux).
    (run) => (Number.isNaN(run.floorMainRatio) ? 'n/a' : `${run.floorMainRatio.toFixed(2)}x`),
    "(the same rounds, the main thread's CPU time only: without V8's compiler and GC helper threads)",
  );
  row(
    '  first run',
    (run) => `${run.coldFloorRatio.toFixed(2)}x`,
    "(CPU time of the process's first lint and first markdown-it parse: what one CLI run pays)",
  );
  row(
    'remark parse only',
    (run) => `${run.parseMs.toFixed(0)} ms`,
    "(remark-parse + remark-gfm alone, median, one run over 1 MB: micromark's floor)",
  );
  row(
    'CLI wall',
    (run) => `${run.wallMs.toFixed(0)} ms`,
    `(node dist/cli.js --offline)${target(targets.ms, (run) => run.wallMs, ' ms')}`,
  );
  row(
    'peak RSS',
    (run) => `${run.peakRssMb.toFixed(0)} MB`,
    `(one lint, fresh process)${target(targets.rssMb, (run) => run.peakRssMb, ' MB')}`,
  );
}

console.log('# paperlint bench');
// First, before the heavy sections warm the machine up: start-up is the figure most sensitive to load.
console.log('\n## start-up');
process.stdout.write(runTs('bench/startup.ts'));
const LINT_TARGETS = { awesomeRatio: 0.25, floorRatio: 3 };
// `npm run bench -- headings growth`: only the sections whose title holds one of these words (start-up always runs).
const only = process.argv.slice(2);
const wanted = (title: string) => only.length === 0 || only.some((word) => title.includes(word));
if (existsSync(corpus)) {
  const lists = readdirSync(corpus)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(corpus, name))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  for (const list of lists)
    if (wanted(`corpus list ${path.basename(list)}`))
      lintBench(`corpus list ${path.basename(list)}`, list, LINT_TARGETS);
} else {
  console.log('\n(../shared/corpus is absent: corpus lists skipped)');
}
const folder = mkdtempSync(path.join(tmpdir(), 'paperlint-bench-'));
const generated = (entries: number, shape: (typeof SHAPES)[number]) => {
  const file = path.join(folder, `generated-${shape}-${entries}.md`);
  writeFileSync(file, generateList(entries, shape));
  return file;
};
for (const shape of SHAPES)
  if (wanted(`generated 20,000 entries, ${shape}`))
    lintBench(`generated 20,000 entries, ${shape}`, generated(20_000, shape), {
      ...LINT_TARGETS,
      ms: 9000,
      rssMb: 300,
    });

// Growth: the same lint on 80,000 entries against 20,000, in fresh processes (linear: 4x, target <= 5x).
const GROWTH = '## growth: 20,000 vs 80,000 entries (bullets and tables), one core';
if (wanted(GROWTH)) console.log(`\n${GROWTH}`);
for (const shape of wanted(GROWTH) ? (['bullets', 'tables'] as const) : []) {
  const measure = (entries: number) => {
    const file = generated(entries, shape);
    return {
      ...lastLine(runPinned('0', [YOUNG_GENERATION, 'bench/lint.js', file])),
      ...lastLine(runPinned('0', [YOUNG_GENERATION, 'bench/rss.js', file])),
    };
  };
  const small = measure(20_000);
  const large = measure(80_000);
  const time = large.lintCpuMs / small.lintCpuMs;
  const memory = large.peakRssMb / small.peakRssMb;
  console.log(
    `  ${shape.padEnd(9)} CPU ${small.lintCpuMs.toFixed(0)} -> ${large.lintCpuMs.toFixed(0)} ms (${time.toFixed(2)}x), peak RSS ${small.peakRssMb.toFixed(0)} -> ${large.peakRssMb.toFixed(0)} MB (${memory.toFixed(2)}x)   target <= 5x: ${verdict(time <= 5 && memory <= 5)}`,
  );
}

for (const script of ['bench/links.ts', 'bench/arxiv.ts', 'bench/offline-network.ts'].filter(wanted)) {
  console.log(`\n## ${script}`);
  process.stdout.write(runTs(script));
}
