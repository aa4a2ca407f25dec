// The lint bench's baseline: awesome-lint's offline lint of one file, through its API as its CLI calls it
// (remark with its preset: remark-lint rules and its awesome-list rules), without its one networked rule
// (`awesome-github` reads the git remote and asks the GitHub API). Prints one JSON line: the median wall
// and CPU times, and how many runs they are of (one when the first took over a minute: remark is slower than
// linear on some shapes, such as 20,000 headings, and three runs of several minutes tell nothing one does not).
// Plain JavaScript: awesome-lint ships no type declarations.
import { performance } from 'node:perf_hooks';
import lint from 'awesome-lint';
import config from 'awesome-lint/config.js';
import githubRule from 'awesome-lint/rules/github.js';

const [file, rounds = '3'] = process.argv.slice(2);
const offline = config.filter((plugin) => (Array.isArray(plugin) ? plugin[0] : plugin) !== githubRule);
if (offline.length !== config.length - 1)
  throw new Error('awesome-lint: its GitHub rule was not found in its preset');

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

const wall = [];
const cpu = [];
let messages = 0;
for (let i = 0; i < Number(rounds); i++) {
  const start = performance.now();
  const cpuStart = cpuMs();
  const [result] = await lint({ filename: file, config: offline });
  wall.push(performance.now() - start);
  cpu.push(cpuMs() - cpuStart);
  messages = result.messages.length;
  if (wall[0] > 60_000) break;
}
console.log(
  JSON.stringify({
    awesomeLintMs: median(wall),
    awesomeLintCpuMs: median(cpu),
    messages,
    awesomeRuns: wall.length,
  }),
);
