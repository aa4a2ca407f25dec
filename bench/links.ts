// Link-checking bench: 2,000 links over 20 loopback hosts (127.0.0.2–21) with 50 ms injected latency.
// Prints paperlint's wall time against the floor (links × latency ÷ effective concurrency), requests per
// link, a warm-cache run, and linkinator's time on the same list at the same global concurrency.
// Run: npx tsx bench/links.ts

import { fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LinkChecker } from 'linkinator';
import { userAgentOf, verify } from '../src/verify/index.js';
import type { VerifyOptions } from '../src/verify/types.js';
import { VERSION } from '../src/version.js';

const HOSTS = 20;
const LINKS = 2000;
const LATENCY = 50;
const CONCURRENCY = 32;
const HOST_CONCURRENCY = 4;

/** Child process: the 20 servers, so that they do not compete with the checker for one event loop. */
async function serve() {
  let requests = 0;
  const origins = await Promise.all(
    Array.from({ length: HOSTS }, async (_, i) => {
      const server = createServer((req, res) => {
        requests += 1;
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/html', 'content-length': '9' });
          res.end(req.method === 'HEAD' ? undefined : '<p>ok</p>');
        }, LATENCY);
      });
      await new Promise<void>((resolve) => server.listen(0, `127.0.0.${i + 2}`, resolve));
      return `http://127.0.0.${i + 2}:${(server.address() as AddressInfo).port}`;
    }),
  );
  process.on('message', () => process.send?.({ requests }));
  process.send?.({ origins });
}

/** Starts the servers in a child process; `requests()` asks it how many requests it has answered. */
async function startHosts(): Promise<{
  origins: string[];
  requests: () => Promise<number>;
  stop: () => void;
}> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: 'inherit' });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve) =>
      child.once('message', (m) => resolve(m as Record<string, unknown>)),
    );
  const { origins } = (await next()) as { origins: string[] };
  return {
    origins,
    requests: async () => {
      const reply = next();
      child.send('count');
      return ((await reply) as { requests: number }).requests;
    },
    stop: () => child.kill(),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(
  hosts: Awaited<ReturnType<typeof startHosts>>,
  run: () => Promise<T>,
): Promise<{ ms: number; cpu: number; value: T; requests: number }> {
  const before = await hosts.requests();
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  const value = await run();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { ms, cpu: (cpu.user + cpu.system) / 1000, value, requests: (await hosts.requests()) - before };
}

async function main() {
  const hosts = await startHosts();
  // Interleaved hosts, as a list mixes sites; each link distinct.
  const urls = Array.from({ length: LINKS }, (_, i) => `${hosts.origins[i % HOSTS]}/paper/${i}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'paperlint-bench-'));
  const options: VerifyOptions = {
    concurrency: CONCURRENCY,
    hostConcurrency: HOST_CONCURRENCY,
    timeout: 15_000,
    arxivApi: 'https://export.arxiv.org/api/query',
    arxivInterval: 3000,
    doiApi: 'https://doi.org/api/handles',
    githubApi: 'https://api.github.com',
    allowPrivateHosts: true,
    cachePath: path.join(dir, 'cache.json'),
    userAgent: userAgentOf(VERSION),
  };
  try {
    const effective = Math.min(CONCURRENCY, HOSTS * HOST_CONCURRENCY);
    const floor = (LINKS * LATENCY) / effective;
    const cold = await timed(hosts, () => verify({ urls, arxiv: [], dois: [] }, options));
    const alive = [...cold.value.links.values()].filter((verdict) => verdict.status === 'alive').length;
    const warm = await timed(hosts, () => verify({ urls, arxiv: [], dois: [] }, options));

    const markdown = path.join(dir, 'links.md');
    await writeFile(markdown, urls.map((url) => `- [link](${url})`).join('\n'));
    const checker = new LinkChecker();
    const linkinator = await timed(hosts, () =>
      checker.check({
        path: markdown,
        markdown: true,
        concurrency: CONCURRENCY,
        recurse: false,
        timeout: 15_000,
      }),
    );
    const linkinatorOk = linkinator.value.links.filter((link) => link.state === 'OK').length;

    const rows: Array<[string, string]> = [
      ['links', `${LINKS} over ${HOSTS} hosts, ${LATENCY} ms latency`],
      ['effective concurrency', `min(${CONCURRENCY}, ${HOSTS} × ${HOST_CONCURRENCY}) = ${effective}`],
      ['floor', seconds(floor)],
      [
        'paperlint (cold)',
        `${seconds(cold.ms)} = ${(cold.ms / floor).toFixed(2)}× floor, ${alive} alive, CPU ${seconds(cold.cpu)}`,
      ],
      ['requests per link', (cold.requests / LINKS).toFixed(2)],
      ['paperlint (warm cache)', `${seconds(warm.ms)}, ${warm.requests} requests`],
      [
        'linkinator',
        `${seconds(linkinator.ms)}, ${linkinatorOk} OK, ${linkinator.requests} requests, CPU ${seconds(linkinator.cpu)}`,
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
