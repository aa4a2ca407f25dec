// Global and per-host limits, measured by real servers on 127.0.0.2–4, and the per-host gap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { createScheduler } from '../../src/verify/scheduler.js';
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
    const gaps = starts.a.slice(1).map((start, i) => start - starts.a[i]);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(38);
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
});
