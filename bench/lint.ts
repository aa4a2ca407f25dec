// Lints one file and prints wall time, parse-only time, their ratio and peak RSS as one JSON line.
// Run in its own process so that peak RSS belongs to this file alone.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { lintText } from '../src/lint.js';
import { parseMarkdown } from '../src/parse/index.js';
import { generateList } from './generate.js';

const [source] = process.argv.slice(2);
const text = source.startsWith('generated:')
  ? generateList(Number(source.slice(10)))
  : readFileSync(source, 'utf8');
const rounds = text.length > 1_000_000 ? 3 : 7;

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

function time(run: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const today = new Date('2026-06-30T00:00:00Z');
// Warm-up, so that both measurements see the same JIT state.
lintText(text, 'bench.md', { today });
const parse = time(() => parseMarkdown(text));
const whole = time(() => lintText(text, 'bench.md', { today }));
const entries = lintText(text, 'bench.md', { today }).list.entries.length;
console.log(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    entries,
    parseMs: parse,
    lintMs: whole,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
