// `npm run bench`: speed figures, each against a baseline measured in the same run. Prints numbers, asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(root, '../shared/corpus/lists');

function runTs(script: string, ...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

function lintBench(label: string, source: string, targets: { ratio: number; ms?: number; rssMb?: number }) {
  const r = JSON.parse(runTs('bench/lint.ts', source).trim().split('\n').at(-1)!);
  const ratio = r.lintMs / r.parseMs;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(`\n## lint: ${label}`);
  console.log(`  size            ${(r.bytes / 1e6).toFixed(2)} MB, ${r.entries} entries`);
  console.log(`  parse only      ${r.parseMs.toFixed(0)} ms (baseline: remark-parse + remark-gfm)`);
  console.log(`  whole lint      ${r.lintMs.toFixed(0)} ms`);
  console.log(
    `  ratio           ${ratio.toFixed(2)}x parse-only   target <= ${targets.ratio}x: ${verdict(ratio <= targets.ratio)}`,
  );
  if (targets.ms) console.log(`  wall target     <= ${targets.ms} ms: ${verdict(r.lintMs <= targets.ms)}`);
  console.log(
    `  peak RSS        ${r.peakRssMb.toFixed(0)} MB${targets.rssMb ? `   target <= ${targets.rssMb} MB: ${verdict(r.peakRssMb <= targets.rssMb)}` : ''}`,
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
lintBench('generated 20,000-entry list', 'generated:20000', { ratio: 1.3, ms: 9000, rssMb: 1500 });

for (const script of ['bench/links.ts', 'bench/arxiv.ts']) {
  if (existsSync(path.join(root, script))) {
    console.log(`\n## ${script}`);
    process.stdout.write(runTs(script));
  }
}
