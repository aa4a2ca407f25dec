// Link-checking bench: 2,000 links over 20 loopback hosts (127.0.0.2–21) with 50 ms injected latency.
// Prints paperlint's wall time against the floor (links × latency ÷ effective concurrency), requests per
// link, a warm-cache run, and linkinator's time on the same list at the same global concurrency (its fetches
// capped at 32 in flight through the global dispatcher, since its own option bounds only page crawls).
// Run: npx tsx bench/links.ts

import { fork } from 'node:child_process';
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
const CONCURRENCY = 32;
const HOST_CONCURRENCY = 4;
const ROUNDS = 3;

/** The handler callbacks that end a request, in undici's current and legacy handler APIs. */
const FINAL_CALLBACKS = new Set(['onResponseEnd', 'onResponseError', 'onComplete', 'onError']);

/**
 * linkinator's queue bounds its page crawls, not the link checks they start, and it checks links with the
 * global `fetch`. Capping the global dispatcher at `limit` requests in flight runs it at the same global
 * concurrency as paperlint, which is the comparison the bench is for.
 */
function capGlobalFetches(limit: number): void {
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
    if (active < limit) start();
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

async function main() {
  const hosts = await startHosts();
  // Interleaved hosts, as a list mixes sites; each link distinct.
  const linksUnder = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${hosts.origins[i % HOSTS]}/${prefix}/${i}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'paperlint-bench-'));
  const options: VerifyOptions = {
    ...DEFAULT_VERIFY_OPTIONS,
    concurrency: CONCURRENCY,
    hostConcurrency: HOST_CONCURRENCY,
    allowPrivateHosts: true,
  };
  try {
    const effective = Math.min(CONCURRENCY, HOSTS * HOST_CONCURRENCY);
    const floor = (LINKS * LATENCY) / effective;
    const markdownOf = async (name: string, links: string[]) => {
      const file = path.join(dir, name);
      await writeFile(file, links.map((url) => `- [link](${url})`).join('\n'));
      return file;
    };
    capGlobalFetches(CONCURRENCY);
    const checker = new LinkChecker();
    const linkinatorCheck = (file: string) =>
      checker.check({
        path: file,
        markdown: true,
        concurrency: CONCURRENCY,
        recurse: false,
        timeout: 15_000,
      });
    // Warm both up on other links first (JIT, module loading), so that neither pays for it in the timed run.
    const warmUp = linksUnder('warm-up', 200);
    await verify({ urls: warmUp, arxiv: [], dois: [] }, { ...options, cachePath: undefined });
    await linkinatorCheck(await markdownOf('warm-up.md', warmUp));

    // Alternating rounds on fresh links (a cold cache each time); the best round of each counts, so that
    // neither tool is judged by a moment when the machine was busy elsewhere.
    const colds: Array<Awaited<ReturnType<typeof timed<VerifyResults>>>> = [];
    const linkinators: Array<Awaited<ReturnType<typeof timed<Awaited<ReturnType<typeof linkinatorCheck>>>>>> =
      [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const ours = linksUnder(`paper-${round}`, LINKS);
      const cachePath = path.join(dir, `cache-${round}.json`);
      colds.push(
        await timed(hosts, () => verify({ urls: ours, arxiv: [], dois: [] }, { ...options, cachePath })),
      );
      const markdown = await markdownOf(`links-${round}.md`, linksUnder(`linkinator-${round}`, LINKS));
      linkinators.push(await timed(hosts, () => linkinatorCheck(markdown)));
    }
    const best = <T extends { ms: number }>(runs: T[]) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const cold = best(colds);
    const linkinator = best(linkinators);
    const alive = [...cold.value.links.values()].filter((verdict) => verdict.status === 'alive').length;
    const warm = await timed(hosts, () =>
      verify(
        { urls: linksUnder('paper-0', LINKS), arxiv: [], dois: [] },
        { ...options, cachePath: path.join(dir, 'cache-0.json') },
      ),
    );
    const linkinatorOk = linkinator.value.links.filter((link) => link.state === 'OK').length;
    const rows: Array<[string, string]> = [
      ['links', `${LINKS} over ${HOSTS} hosts, ${LATENCY} ms latency`],
      ['effective concurrency', `min(${CONCURRENCY}, ${HOSTS} × ${HOST_CONCURRENCY}) = ${effective}`],
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
        `linkinator at ${CONCURRENCY} in flight`,
        linkinator.peak > CONCURRENCY ? 'no: it exceeded the limit' : 'yes',
      ],
      ['paperlint ÷ linkinator', (cold.ms / linkinator.ms).toFixed(2)],
    ];
    for (const [name, value] of rows) console.log(`${name.padEnd(24)} ${value}`);
    const targets =
      cold.ms <= 1.3 * floor &&
      cold.ms <= 0.8 * linkinator.ms &&
      cold.requests === LINKS &&
      warm.requests === 0;
    console.log(
      `targets (≤1.3× floor, ≤0.8× linkinator, 1 request/link, 0 warm): ${targets ? 'met' : 'NOT met'}`,
    );
  } finally {
    hosts.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--serve')) await serve();
else await main();
