// Lints one file with the committed build (what users run) and prints one JSON line: parse-only (remark, and
// markdown-it: a parse without positions, the floor) and whole-lint times, interleaved rounds so both see the same
// heap; medians of the wall time and of the process's CPU time (which other processes on a shared machine disturb
// less). Plain node, as users run the build and as awesome-lint runs: tsx would compile the build's chunks again
// (its esbuild keeps function names by a call per closure made). The peak memory of one lint is bench/rss.js's.
// Also: the first lint and the first markdown-it parse of the process (cold: what one CLI run pays), and the main
// thread's share of the CPU time (the rest is V8's optimizing compiler and the garbage collector's helper threads,
// which the process's CPU time counts too).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { lintText, parseMarkdown } from 'paperlint';

const [source] = process.argv.slice(2);
const text = readFileSync(source, 'utf8');
const today = new Date('2026-06-30T00:00:00Z');

function median(samples) {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The main thread's CPU milliseconds (Linux's schedstat, nanoseconds), or NaN where there is none. */
const mainThreadMs = () => {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
};

/** Wall, CPU and main-thread CPU milliseconds of one run. */
function timed(run) {
  const start = performance.now();
  const cpu = cpuMs();
  const main = mainThreadMs();
  run();
  return { wall: performance.now() - start, cpu: cpuMs() - cpu, main: mainThreadMs() - main };
}

const rounds = text.length > 1_000_000 ? 3 : 7;
const markdownIt = new MarkdownIt();
const coldFloor = timed(() => markdownIt.parse(text, {}));
let entries = 0;
const coldLint = timed(() => {
  entries = lintText(text, 'bench.md', { today }).list.entries.length;
});
const parse = [];
const floor = [];
const lint = [];
for (let i = 0; i < rounds; i++) {
  // remark alone is slower than linear on some shapes (20,000 headings: minutes): one run on big lists.
  if (i === 0 || text.length <= 1_000_000) parse.push(timed(() => parseMarkdown(text)));
  floor.push(timed(() => markdownIt.parse(text, {})));
  lint.push(timed(() => lintText(text, 'bench.md', { today })));
}
console.log(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    entries,
    parseMs: median(parse.map((t) => t.wall)),
    lintMs: median(lint.map((t) => t.wall)),
    lintCpuMs: median(lint.map((t) => t.cpu)),
    markdownItMs: median(floor.map((t) => t.wall)),
    markdownItCpuMs: median(floor.map((t) => t.cpu)),
    lintMainMs: median(lint.map((t) => t.main)),
    markdownItMainMs: median(floor.map((t) => t.main)),
    coldLintCpuMs: coldLint.cpu,
    coldMarkdownItCpuMs: coldFloor.cpu,
  }),
);
