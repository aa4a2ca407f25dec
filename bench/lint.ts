// Lints one file with the committed build (what users run) and prints one JSON line.
//   time: parse-only and whole-lint times, interleaved rounds so both see the same heap; medians.
//   rss:  one whole lint in this fresh process, and its peak resident memory.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { lintText, parseMarkdown } from 'paperlint';

const [mode, source] = process.argv.slice(2);
const text = readFileSync(source, 'utf8');
const today = new Date('2026-06-30T00:00:00Z');

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

if (mode === 'rss') {
  const ms = timed(() => lintText(text, 'bench.md', { today }));
  console.log(JSON.stringify({ singleLintMs: ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const rounds = text.length > 1_000_000 ? 3 : 7;
  const entries = lintText(text, 'bench.md', { today }).list.entries.length;
  const parse: number[] = [];
  const lint: number[] = [];
  for (let i = 0; i < rounds; i++) {
    parse.push(timed(() => parseMarkdown(text)));
    lint.push(timed(() => lintText(text, 'bench.md', { today })));
  }
  console.log(
    JSON.stringify({ bytes: Buffer.byteLength(text), entries, parseMs: median(parse), lintMs: median(lint) }),
  );
}
