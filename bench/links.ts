// Link-checking bench: 2,000 links over 20 loopback hosts (127.0.0.2–21) with 50 ms injected latency, in two
// settings: the defaults (32 in flight, 4 per host, 20 ms between starts to one host) and linkinator's own
// (100 in flight, no per-host limit or gap: --concurrency 100 --host-concurrency 100 --host-interval 0).
// Each prints paperlint's wall time against the floor (links × latency ÷ effective concurrency), requests per
// link, a warm-cache run, and linkinator's time on the same list at the same global concurrency (its fetches
// capped through the global dispatcher, since its own option bounds only page crawls). The second setting is
// also timed end to end, both command lines from start to exit, with paperlint's start-up and parse alone.
// Run: npx tsx bench/links.ts   (PAPERLINT_CLI names the built CLI to time, default dist/cli.js)

import { execFileSync, fork, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LinkChecker } from 'linkinator';
import { Agent, type Dispatcher, setGlobalDispatcher } from 'undici';
import { DEFAULT_VERIFY_OPTIONS } from '../src/verify/defaults.js';
import { verify } from '../src/verify/index.js';
import type { VerifyOptions, VerifyResults } from '../src/verify/types.js';

const HOSTS = 20;
const LINKS = 2000;
const LATENCY = 50;
const ROUNDS = 3;

interface Setting {
  name: string;
  concurrency: number;
  hostConcurrency: number;
  hostInterval: number;
  /** Wall time against the floor that counts as met, when the setting has one. */
  floorTarget?: number;
}

const SETTINGS: Setting[] = [
  {
    name: 'defaults',
    concurrency: DEFAULT_VERIFY_OPTIONS.concurrency,
    hostConcurrency: DEFAULT_VERIFY_OPTIONS.hostConcurrency,
    hostInterval: DEFAULT_VERIFY_OPTIONS.hostInterval,
    floorTarget: 1.3,
  },
  { name: "linkinator's (no per-host limits)", concurrency: 100, hostConcurrency: 100, hostInterval: 0 },
];
const root = path.resolve(import.meta.dirname, '..');
const cliPath = process.env.PAPERLINT_CLI ?? path.join(root, 'dist/cli.js');
const linkinatorCli = path.join(root, 'node_modules/linkinator/build/src/cli.js');

/** The handler callbacks that end a request, in undici's current and legacy handler APIs. */
const FINAL_CALLBACKS = new Set(['onResponseEnd', 'onResponseError', 'onComplete', 'onError']);

/**
 * linkinator's queue bounds its page crawls, not the link checks they start, and it checks links with the
 * global `fetch`. Capping the global dispatcher at `fetchCap.limit` requests in flight (set per setting) runs
 * it at the same global concurrency as paperlint, which is the comparison the bench is for.
 */
const fetchCap = { limit: 1 };
function capGlobalFetches(): void {
  let active = 0;
  const waiting: Array<() => void> = [];
  const capped = new Agent().compose((dispatch) => (options, handler) => {
    const start = () => {
      active += 1;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        active -= 1;
        waiting.shift()?.();
      };
      const wrapped = new Proxy(handler, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          if (typeof value !== 'function') return value;
          if (!FINAL_CALLBACKS.has(String(property))) return value.bind(target);
          return (...args: unknown[]) => {
            finish();
            return value.apply(target, args);
          };
        },
      });
      dispatch(options, wrapped as Dispatcher.DispatchHandler);
    };
    if (active < fetchCap.limit) start();
    else waiting.push(start);
    return true;
  });
  setGlobalDispatcher(capped);
}

/** Child process: the 20 servers, so that they do not compete with the checker for one event loop. */
async function serve() {
  let requests = 0;
  let inFlight = 0;
  let peak = 0;
  const origins = await Promise.all(
    Array.from({ length: HOSTS }, async (_, i) => {
      const server = createServer((req, res) => {
        requests += 1;
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        setTimeout(() => {
          inFlight -= 1;
          res.writeHead(200, { 'content-type': 'text/html', 'content-length': '9' });
          res.end(req.method === 'HEAD' ? undefined : '<p>ok</p>');
        }, LATENCY);
      });
      await new Promise<void>((resolve) => server.listen(0, `127.0.0.${i + 2}`, resolve));
      return `http://127.0.0.${i + 2}:${(server.address() as AddressInfo).port}`;
    }),
  );
  // Each question also starts a new peak measurement.
  process.on('message', () => {
    process.send?.({ requests, peak });
    peak = 0;
  });
  process.send?.({ origins });
}

interface Counts {
  requests: number;
  /** Most requests in flight at the servers since the previous question. */
  peak: number;
}

/** Starts the servers in a child process; `counts()` asks it what it has answered. */
async function startHosts(): Promise<{ origins: string[]; counts: () => Promise<Counts>; stop: () => void }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: 'inherit' });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve) =>
      child.once('message', (m) => resolve(m as Record<string, unknown>)),
    );
  const { origins } = (await next()) as { origins: string[] };
  return {
    origins,
    counts: async () => {
      const reply = next();
      child.send('count');
      return (await reply) as unknown as Counts;
    },
    stop: () => child.kill(),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const best = <T extends { ms: number }>(runs: T[]) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
const printRows = (rows: Array<[string, string]>) => {
  for (const [name, value] of rows) console.log(`${name.padEnd(24)} ${value}`);
};

/** A list of the links, one entry each. */
async function markdownOf(dir: string, name: string, links: string[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, links.map((url) => `- [link](${url})`).join('\n'));
  return file;
}

async function timed<T>(
  hosts: Awaited<ReturnType<typeof startHosts>>,
  run: () => Promise<T>,
): Promise<{ ms: number; cpu: number; value: T; requests: number; peak: number }> {
  const before = await hosts.counts();
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  const value = await run();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const after = await hosts.counts();
  return {
    ms,
    cpu: (cpu.user + cpu.system) / 1000,
    value,
    requests: after.requests - before.requests,
    peak: after.peak,
  };
}

type Hosts = Awaited<ReturnType<typeof startHosts>>;

/** In-process: paperlint's `verify` against linkinator's `LinkChecker`, both at the setting's global limit. */
async function compareInProcess(hosts: Hosts, dir: string, setting: Setting): Promise<void> {
  const { concurrency, hostConcurrency, hostInterval } = setting;
  const linksUnder = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${hosts.origins[i % HOSTS]}/${prefix}/${i}`);
  const options: VerifyOptions = {
    ...DEFAULT_VERIFY_OPTIONS,
    concurrency,
    hostConcurrency,
    hostInterval,
    allowPrivateHosts: true,
  };
  const tag = `${concurrency}-${hostConcurrency}-${hostInterval}`;
  const effective = Math.min(concurrency, HOSTS * hostConcurrency);
  const floor = (LINKS * LATENCY) / effective;
  fetchCap.limit = concurrency;
  const checker = new LinkChecker();
  const linkinatorCheck = (file: string) =>
    checker.check({ path: file, markdown: true, concurrency, recurse: false, timeout: 15_000 });
  // Warm both up on other links first (JIT, module loading), so that neither pays for it in the timed run.
  const warmUp = linksUnder(`warm-up-${tag}`, 200);
  await verify({ urls: warmUp, arxiv: [], dois: [] }, options);
  await linkinatorCheck(await markdownOf(dir, `warm-up-${tag}.md`, warmUp));

  // Alternating rounds on fresh links (a cold cache each time); the best round of each counts, so that
  // neither tool is judged by a moment when the machine was busy elsewhere.
  const colds: Array<Awaited<ReturnType<typeof timed<VerifyResults>>>> = [];
  const linkinators: Array<Awaited<ReturnType<typeof timed<Awaited<ReturnType<typeof linkinatorCheck>>>>>> =
    [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const ours = linksUnder(`paper-${tag}-${round}`, LINKS);
    const cachePath = path.join(dir, `cache-${tag}-${round}.json`);
    colds.push(
      await timed(hosts, () => verify({ urls: ours, arxiv: [], dois: [] }, { ...options, cachePath })),
    );
    const file = await markdownOf(
      dir,
      `links-${tag}-${round}.md`,
      linksUnder(`linkinator-${tag}-${round}`, LINKS),
    );
    linkinators.push(await timed(hosts, () => linkinatorCheck(file)));
  }
  const cold = best(colds);
  const linkinator = best(linkinators);
  const alive = [...cold.value.links.values()].filter((verdict) => verdict.status === 'alive').length;
  const warm = await timed(hosts, () =>
    verify(
      { urls: linksUnder(`paper-${tag}-0`, LINKS), arxiv: [], dois: [] },
      { ...options, cachePath: path.join(dir, `cache-${tag}-0.json`) },
    ),
  );
  const linkinatorOk = linkinator.value.links.filter((link) => link.state === 'OK').length;
  const ratio = cold.ms / linkinator.ms;
  console.log(
    `\n### ${setting.name}: --concurrency ${concurrency} --host-concurrency ${hostConcurrency} --host-interval ${hostInterval}`,
  );
  printRows([
    ['links', `${LINKS} over ${HOSTS} hosts, ${LATENCY} ms latency`],
    ['effective concurrency', `min(${concurrency}, ${HOSTS} × ${hostConcurrency}) = ${effective}`],
    ['floor', seconds(floor)],
    [
      'rounds',
      `${ROUNDS} alternating, best of each: paperlint ${colds.map((r) => seconds(r.ms)).join(', ')}; linkinator ${linkinators.map((r) => seconds(r.ms)).join(', ')}`,
    ],
    [
      'paperlint (cold)',
      `${seconds(cold.ms)} = ${(cold.ms / floor).toFixed(2)}× floor, ${alive} alive, peak ${cold.peak} in flight, CPU ${seconds(cold.cpu)}`,
    ],
    ['requests per link', (cold.requests / LINKS).toFixed(2)],
    ['paperlint (warm cache)', `${seconds(warm.ms)}, ${warm.requests} requests`],
    [
      'linkinator',
      `${seconds(linkinator.ms)}, ${linkinatorOk} OK, ${linkinator.requests} requests, peak ${linkinator.peak} in flight, CPU ${seconds(linkinator.cpu)}`,
    ],
    // The servers' own count shows that the cap on linkinator's fetches held.
    [
      `linkinator at ${concurrency} in flight`,
      linkinator.peak > concurrency ? 'no: it exceeded the limit' : 'yes',
    ],
    ['paperlint ÷ linkinator', ratio.toFixed(2)],
  ]);
  const floorMet = setting.floorTarget === undefined || cold.ms <= setting.floorTarget * floor;
  const met = floorMet && ratio <= 0.8 && cold.requests === LINKS && warm.requests === 0;
  const floorText = setting.floorTarget === undefined ? '' : `≤${setting.floorTarget}× floor, `;
  console.log(`targets (${floorText}≤0.8× linkinator, 1 request/link, 0 warm): ${met ? 'met' : 'NOT met'}`);
}

/** Wall time of one command, start to exit; throws when it fails. */
function commandMs(command: string, args: string[], ok: (status: number | null) => boolean): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [command, ...args], { cwd: root, stdio: 'ignore' });
  if (!ok(run.status)) throw new Error(`${path.basename(command)} ${args.join(' ')} exited ${run.status}`);
  return performance.now() - start;
}

/** End to end: both command lines on the same file, as a user runs them; paperlint's start-up and parse alone. */
async function compareCommandLines(hosts: Hosts, dir: string, setting: Setting): Promise<void> {
  const { concurrency, hostConcurrency, hostInterval } = setting;
  console.log(
    `\n### end to end, ${setting.name}: ${path.relative(root, cliPath)} against the linkinator CLI`,
  );
  const help = execFileSync(process.execPath, [cliPath, '--help'], { encoding: 'utf8' });
  if (!help.includes('--host-interval')) {
    console.log(
      `skipped: ${path.relative(root, cliPath)} predates --host-interval (npm run build, or PAPERLINT_CLI)`,
    );
    return;
  }
  const flags = [
    '--allow-private-hosts',
    '--format',
    'json',
    '--concurrency',
    String(concurrency),
    '--host-concurrency',
    String(hostConcurrency),
    '--host-interval',
    String(hostInterval),
  ];
  const paperlintOk = (status: number | null) => status === 0 || status === 1;
  const ours: number[] = [];
  const theirs: number[] = [];
  const startUp: number[] = [];
  let cache = '';
  let before = await hosts.counts();
  let coldRequests = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const links = Array.from({ length: LINKS }, (_, i) => `${hosts.origins[i % HOSTS]}/cli-${round}/${i}`);
    const file = await markdownOf(dir, `cli-${round}.md`, links);
    cache = path.join(dir, `cli-cache-${round}.json`);
    ours.push(commandMs(cliPath, [...flags, '--cache', cache, file], paperlintOk));
    const after = await hosts.counts();
    coldRequests = after.requests - before.requests;
    theirs.push(
      commandMs(linkinatorCli, [file, '--markdown', '--concurrency', String(concurrency)], () => true),
    );
    before = await hosts.counts();
    startUp.push(commandMs(cliPath, ['--offline', '--format', 'json', file], paperlintOk));
  }
  const warmMs = commandMs(
    cliPath,
    [...flags, '--cache', cache, path.join(dir, `cli-${ROUNDS - 1}.md`)],
    paperlintOk,
  );
  const warmRequests = (await hosts.counts()).requests - before.requests;
  const [paperlint, linkinator, offline] = [ours, theirs, startUp].map((runs) => Math.min(...runs));
  printRows([
    [
      'rounds',
      `${ROUNDS}, best of each: paperlint ${ours.map(seconds).join(', ')}; linkinator ${theirs.map(seconds).join(', ')}`,
    ],
    ['paperlint', `${seconds(paperlint)} (${coldRequests} requests in its last round)`],
    ['  start-up and parse', `${seconds(offline)} (the same command with --offline)`],
    ['  checking', seconds(paperlint - offline)],
    ['paperlint (warm cache)', `${seconds(warmMs)}, ${warmRequests} requests`],
    ['linkinator', `${seconds(linkinator)} (its fetches not capped: this is the CLI as users run it)`],
    ['paperlint ÷ linkinator', (paperlint / linkinator).toFixed(2)],
  ]);
  if (offline > paperlint - offline) console.log('start-up and parse take longer than checking the links');
}

async function main() {
  const hosts = await startHosts();
  const dir = await mkdtemp(path.join(tmpdir(), 'paperlint-bench-'));
  try {
    capGlobalFetches();
    for (const setting of SETTINGS) await compareInProcess(hosts, dir, setting);
    await compareCommandLines(hosts, dir, SETTINGS[1]);
  } finally {
    hosts.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--serve')) await serve();
else await main();
