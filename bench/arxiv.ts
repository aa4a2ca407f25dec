// arXiv API bench: 1,000 ids against the fake arXiv API on loopback (20 ms per answer, 50 ms interval).
// Prints the number of API requests (target <= 10), wall time against the floor the interval imposes,
// and what the fake observed (most connections open at once, smallest gap), then one JSON line.
// Run: npx tsx bench/arxiv.ts
import { performance } from 'node:perf_hooks';
import { Agent } from 'undici';
import { lookupArxiv } from '../src/verify/arxiv.js';
import { type FakePaper, startFakeArxiv } from '../test/helpers/fake-arxiv.js';

const IDS = 1000;
const INTERVAL = 50;
const LATENCY = 20;
const TARGET_REQUESTS = 10;

const catalogue: Record<string, FakePaper> = {};
const ids: Array<{ id: string; version?: number }> = [];
for (let n = 1; n <= IDS; n++) {
  // Spread over months and pin every tenth to a version, as lists do.
  const id = `${2301 + (n % 12)}.${String(n).padStart(5, '0')}`;
  catalogue[id] = [{ title: `Paper ${n}, first version` }, { title: `Paper ${n}` }];
  ids.push(n % 10 === 0 ? { id, version: 1 } : { id });
}

const fake = await startFakeArxiv({ catalogue, latency: LATENCY });
const dispatcher = new Agent();
try {
  const start = performance.now();
  const { results, requests } = await lookupArxiv(ids, {
    api: fake.api,
    interval: INTERVAL,
    dispatcher,
    userAgent: 'paperlint-bench',
    timeout: 15_000,
  });
  const wallMs = performance.now() - start;
  const found = [...results.values()].filter((result) => result.status === 'found').length;
  const floorMs = requests * LATENCY + (requests - 1) * INTERVAL;
  const minGap = Math.min(...fake.gaps());
  console.log(`## arXiv API: ${IDS} ids, interval ${INTERVAL} ms, ${LATENCY} ms per answer (loopback fake)`);
  console.log(
    `  API requests    ${requests}   target <= ${TARGET_REQUESTS}: ${requests <= TARGET_REQUESTS ? 'ok' : 'MISSED'}`,
  );
  console.log(`  found           ${found} of ${results.size}`);
  console.log(
    `  wall time       ${wallMs.toFixed(0)} ms (floor ${floorMs} ms = requests x latency + gaps x interval)`,
  );
  console.log(
    `  connections     at most ${fake.maxOpenConnections} open, ${fake.maxConcurrentRequests} request(s) at once`,
  );
  console.log(`  smallest gap    ${minGap.toFixed(1)} ms (interval ${INTERVAL} ms)`);
  console.log(
    `  at the default  3000 ms interval the same run spends >= ${((requests - 1) * 3).toFixed(0)} s waiting`,
  );
  console.log(
    JSON.stringify({
      ids: IDS,
      requests,
      found,
      wallMs: Math.round(wallMs),
      floorMs,
      maxOpenConnections: fake.maxOpenConnections,
      minGapMs: Number(minGap.toFixed(1)),
    }),
  );
} finally {
  await dispatcher.close();
  await fake.close();
}
