// Global and per-host limits, measured by real servers on 127.0.0.2–4, and the per-host gap.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { createScheduler } from '../../src/verify/scheduler.js';
import { cli, tempDir } from '../helpers/cli.js';
import { type FaultServer, startFaultServer } from './fault-server.js';
import { testOptions, testTuning } from './setup.js';

let servers: FaultServer[];
let inFlight = 0;
let globalPeak = 0;

beforeAll(async () => {
  const onInFlight = (delta: number) => {
    inFlight += delta;
    globalPeak = Math.max(globalPeak, inFlight);
  };
  servers = await Promise.all(
    ['127.0.0.2', '127.0.0.3', '127.0.0.4'].map((host) =>
      startFaultServer(host, { latency: 30, onInFlight }),
    ),
  );
});
afterAll(() => Promise.all(servers.map((server) => server.close())));

const slowLinks = (count: number) =>
  servers.flatMap((server) => Array.from({ length: count }, (_, i) => `${server.origin}/slow?n=${i}`));

describe('scheduler', () => {
  it('keeps each host at or under --host-concurrency and reaches it', async () => {
    const results = await verify(
      { urls: slowLinks(12), arxiv: [], dois: [] },
      testOptions({ allowPrivateHosts: true, concurrency: 32, hostConcurrency: 2 }),
      testTuning(),
    );
    expect(results.requests).toBe(36);
    expect([...results.links.values()].every((verdict) => verdict.status === 'alive')).toBe(true);
    for (const server of servers) expect(server.peak()).toBe(2);
  });

  it('keeps all hosts together at or under --concurrency', async () => {
    globalPeak = 0;
    await verify(
      { urls: slowLinks(8).map((url) => `${url}&global`), arxiv: [], dois: [] },
      testOptions({ allowPrivateHosts: true, concurrency: 3, hostConcurrency: 4 }),
      testTuning(),
    );
    expect(globalPeak).toBe(3);
  });

  it('spaces the starts of requests to one host by the minimum gap, but not across hosts', async () => {
    const schedule = createScheduler({ concurrency: 8, hostConcurrency: 4, hostInterval: 40 });
    const starts: Record<string, number[]> = { a: [], b: [] };
    const origin = Date.now();
    await Promise.all(
      ['a', 'a', 'a', 'b', 'b'].map((host) =>
        schedule(host, async () => {
          starts[host].push(Date.now() - origin);
        }),
      ),
    );
    // Start times are reserved when scheduled, so a busy machine can delay one start towards the next, never
    // bring the k-th start closer than k gaps to the first call.
    for (const [k, start] of starts.a.entries()) expect(start).toBeGreaterThanOrEqual(k * 40 - 2);
    // Host b does not wait for host a's gap: its first request starts before a's second.
    expect(starts.b[0]).toBeLessThan(starts.a[1]);
  });

  it("lets a task that skip answers stand aside: it neither runs nor waits out the host's gap", async () => {
    const schedule = createScheduler({ concurrency: 8, hostConcurrency: 1, hostInterval: 60_000 });
    const ran: string[] = [];
    const task = (name: string) => async () => {
      ran.push(name);
      return name;
    };
    const first = await schedule('a', task('first'));
    // Without skip this would wait a minute for the host's gap.
    const skipped = await schedule('a', task('second'), () => 'known');
    expect([first, skipped]).toEqual(['first', 'known']);
    expect(ran).toEqual(['first']);
  });

  it('lets a busy host queue without holding global slots other hosts could use', async () => {
    const schedule = createScheduler({ concurrency: 2, hostConcurrency: 1, hostInterval: 0 });
    const order: string[] = [];
    const task = (name: string, ms: number) => async () => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      order.push(name);
    };
    await Promise.all([
      schedule('busy', task('busy-1', 60)),
      schedule('busy', task('busy-2', 60)),
      schedule('busy', task('busy-3', 60)),
      schedule('other', task('other', 10)),
    ]);
    expect(order[0]).toBe('other');
  });

  it('gives a host its own gap and concurrency, matched by host name whatever the port, without slowing the rest', async () => {
    const schedule = createScheduler({
      concurrency: 8,
      hostConcurrency: 4,
      hostInterval: 0,
      hostLimits: { 'slow.example': { interval: 40, concurrency: 1 } },
    });
    const starts: Record<string, number[]> = { 'slow.example:8080': [], 'fast.example': [] };
    let slowInFlight = 0;
    let slowPeak = 0;
    const origin = Date.now();
    await Promise.all(
      ['slow.example:8080', 'fast.example'].flatMap((host) =>
        [0, 1, 2].map(() =>
          schedule(host, async () => {
            starts[host].push(Date.now() - origin);
            if (host === 'fast.example') return;
            slowPeak = Math.max(slowPeak, ++slowInFlight);
            await new Promise((resolve) => setTimeout(resolve, 5));
            slowInFlight -= 1;
          }),
        ),
      ),
    );
    const slow = starts['slow.example:8080'];
    for (const [k, start] of slow.entries()) expect(start).toBeGreaterThanOrEqual(k * 40 - 2);
    expect(slowPeak).toBe(1);
    // The other host takes no gap at all: its three requests start before the slow host's second.
    expect(Math.max(...starts['fast.example'])).toBeLessThan(slow[1]);
  });
});

describe('--host-interval and hosts.<name> in the config', () => {
  let own: FaultServer[];
  beforeAll(async () => {
    own = await Promise.all(
      ['127.0.0.5', '127.0.0.6'].map((host) => startFaultServer(host, { latency: 30 })),
    );
  });
  afterAll(() => Promise.all(own.map((server) => server.close())));

  it('holds a configured host to its own concurrency and gap while the others run at the flags', async () => {
    const [limited, free] = own;
    const cwd = tempDir();
    const links = [limited, free].flatMap((server) =>
      Array.from({ length: 6 }, (_, i) => `- [link ${i}](${server.origin}/slow?config=${i})`),
    );
    await writeFile(path.join(cwd, 'README.md'), `${links.join('\n')}\n`);
    await writeFile(
      path.join(cwd, '.paperlintrc.json'),
      JSON.stringify({ hosts: { '127.0.0.5': { concurrency: 1, interval: 100 } } }),
    );
    const started = Date.now();
    const run = await cli(
      [
        '--allow-private-hosts',
        '--no-cache',
        '--format',
        'json',
        '--host-concurrency',
        '3',
        '--host-interval',
        '0',
      ],
      cwd,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.links).toMatchObject({ checked: 12, alive: 12 });
    expect(limited.peak()).toBe(1);
    expect(free.peak()).toBe(3);
    // Six starts 100 ms apart.
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });
});
