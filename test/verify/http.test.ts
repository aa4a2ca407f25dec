// The HTTP checker end to end: verify() against a real misbehaving server on loopback.
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_DOWN_AFTER } from '../../src/verify/http.js';
import { type VerifyTuning, verify } from '../../src/verify/index.js';
import type { LinkVerdict } from '../../src/verify/types.js';
import { BIG_BODY, type FaultServer, startFaultServer } from './fault-server.js';
import { allowListPolicy, tableLookup, testOptions, testTuning } from './setup.js';

let server: FaultServer;
let url: (path: string) => string;

beforeAll(async () => {
  server = await startFaultServer('127.0.0.2');
  url = (path) => `http://a.test:${server.port}${path}`;
});
afterAll(() => server.close());

async function check(paths: string[], tuning: VerifyTuning = {}) {
  const urls = paths.map((path) => url(path));
  const started = Date.now();
  const results = await verify(
    { urls, arxiv: [], dois: [] },
    // Short: these tests wait for silent servers to time out.
    testOptions({ timeout: 300 }),
    testTuning({
      lookup: tableLookup({ 'a.test': '127.0.0.2' }),
      policy: allowListPolicy(['127.0.0.2']),
      ...tuning,
    }),
  );
  const verdicts = Object.fromEntries(paths.map((path) => [path, results.links.get(url(path))]));
  return { verdicts, results, elapsed: Date.now() - started };
}

describe('HTTP checker', () => {
  it('classifies statuses: alive, dead (404/410), unverifiable after retries (500, 403, bot challenge)', async () => {
    const { verdicts } = await check(['/ok', '/404', '/410', '/500', '/forbidden', '/challenge']);
    expect(verdicts['/ok']).toEqual({ status: 'alive' });
    expect(verdicts['/404']).toMatchObject({ status: 'dead', httpStatus: 404, reason: 'HTTP 404' });
    expect(verdicts['/410']).toMatchObject({ status: 'dead', httpStatus: 410 });
    expect(verdicts['/500']).toEqual({
      status: 'unverifiable',
      reason: 'HTTP 500 (server error)',
      httpStatus: 500,
    });
    expect(verdicts['/forbidden']).toMatchObject({ status: 'unverifiable', httpStatus: 403 });
    expect(verdicts['/challenge']).toMatchObject({
      status: 'unverifiable',
      reason: 'bot challenge (Cloudflare)',
    });
    // 500: HEAD, then GET with 2 retries, then one slower final pass.
    expect((server.hits.get('HEAD /500') ?? 0) + (server.hits.get('GET /500') ?? 0)).toBe(4);
  });

  it('retries a 503 and a 429 (honouring Retry-After up to the cap) until they answer 200', async () => {
    const { verdicts, elapsed } = await check(['/flaky', '/ratelimit']);
    expect(verdicts['/flaky']).toEqual({ status: 'alive' });
    expect(verdicts['/ratelimit']).toEqual({ status: 'alive' });
    // Retry-After: 1 s, capped at 300 ms in tests.
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1000);
  });

  it('follows redirects by hand: permanent → redirect with the final URL, temporary → alive', async () => {
    const { verdicts } = await check(['/moved', '/moved-twice', '/temporary']);
    expect(verdicts['/moved']).toEqual({
      status: 'redirect',
      to: url('/ok'),
      httpStatus: 301,
      chain: [url('/moved'), url('/ok')],
    });
    expect(verdicts['/moved-twice']).toMatchObject({ status: 'redirect', to: url('/ok'), httpStatus: 308 });
    expect(verdicts['/temporary']).toEqual({
      status: 'alive',
      finalUrl: url('/ok'),
      chain: [url('/temporary'), url('/ok')],
    });
  });

  it('keeps the fragment of the link on the redirect target', async () => {
    const results = await verify(
      { urls: [url('/moved#section')], arxiv: [], dois: [] },
      testOptions(),
      testTuning({ lookup: tableLookup({ 'a.test': '127.0.0.2' }), policy: allowListPolicy(['127.0.0.2']) }),
    );
    expect(results.links.get(url('/moved#section'))).toMatchObject({ to: url('/ok#section') });
  });

  it('does not trust an unreadable Location header', async () => {
    const { verdicts } = await check(['/bad-location']);
    expect(verdicts['/bad-location']).toEqual({
      status: 'unverifiable',
      reason: 'redirect to an invalid URL',
      httpStatus: 301,
    });
  });

  it('calls a redirect loop dead', async () => {
    const { verdicts } = await check(['/loop-a']);
    expect(verdicts['/loop-a']).toMatchObject({ status: 'dead', reason: 'redirect loop' });
    expect((verdicts['/loop-a'] as Extract<LinkVerdict, { status: 'dead' }>).chain).toEqual([
      url('/loop-a'),
      url('/loop-b'),
      url('/loop-a'),
    ]);
  });

  it('calls a chain of more than 10 redirects dead', async () => {
    const { verdicts } = await check(['/chain']);
    expect(verdicts['/chain']).toMatchObject({ status: 'dead', reason: 'more than 10 redirects' });
    expect(server.hits.get('HEAD /chain')).toBe(11);
  });

  it('falls back to GET when HEAD is refused, and remembers it for the host', async () => {
    const before = server.hits.get('HEAD /head-refused') ?? 0;
    const { verdicts } = await check(['/head-refused', '/head-refused?again']);
    expect(verdicts['/head-refused']).toEqual({ status: 'alive' });
    expect(verdicts['/head-refused?again']).toEqual({ status: 'alive' });
    expect(server.hits.get('GET /head-refused')).toBeGreaterThanOrEqual(2);
    // The second link went straight to GET unless both were in flight together.
    expect((server.hits.get('HEAD /head-refused') ?? 0) - before).toBeLessThanOrEqual(2);
  });

  it('gives up on a server that never answers (timeout) and on a reset connection, as unverifiable', async () => {
    const { verdicts, elapsed } = await check(['/silent', '/reset']);
    expect(verdicts['/silent']).toEqual({ status: 'unverifiable', reason: 'timed out' });
    expect(verdicts['/reset']).toEqual({ status: 'unverifiable', reason: 'connection reset' });
    // 3 tries of 300 ms, then one final pass of 600 ms.
    expect(elapsed).toBeLessThan(3000);
  });

  it("bounds a link's time in all, retries and final pass included, to twice the timeout", async () => {
    const before = server.hits.get('HEAD /silent') ?? 0;
    // The production budget: twice the request timeout.
    const { verdicts } = await check(['/silent?budget'], { linkBudget: undefined });
    expect(verdicts['/silent?budget']).toEqual({ status: 'unverifiable', reason: 'timed out' });
    // Unbounded: 3 tries of 300 ms and a final one of 600 ms, 1.5 s in all; bounded: 2 tries, 0.6 s (1 when a
    // loaded machine answers the first late).
    const requests = (server.hits.get('HEAD /silent') ?? 0) - before;
    expect(requests).toBeGreaterThanOrEqual(1);
    expect(requests).toBeLessThanOrEqual(2);
  });

  it('stops requesting a host that does not answer after a few failures in a row', async () => {
    const connections: Socket[] = [];
    let requests = 0;
    const silent = createNetServer((socket) => {
      connections.push(socket);
      socket.once('data', () => {
        requests += 1;
      });
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.3', resolve));
    const port = (silent.address() as AddressInfo).port;
    const urls = Array.from({ length: 8 }, (_, i) => `http://down.test:${port}/page/${i}`);
    const started = Date.now();
    const results = await verify(
      { urls, arxiv: [], dois: [] },
      testOptions({ hostConcurrency: 2, timeout: 200 }),
      testTuning({
        lookup: tableLookup({ 'down.test': '127.0.0.3' }),
        policy: allowListPolicy(['127.0.0.3']),
      }),
    );
    for (const socket of connections) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
    for (const link of urls)
      expect(results.links.get(link)).toEqual({ status: 'unverifiable', reason: 'timed out' });
    // Without the breaker: 8 links × 3 tries + 8 in the final pass = 32 requests.
    expect(requests).toBeLessThanOrEqual(HOST_DOWN_AFTER + 2 + HOST_DOWN_AFTER);
    expect(results.requests).toBe(requests);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('keeps the connection after a HEAD (undici closes it unless told not to)', async () => {
    const before = server.connections();
    const { verdicts } = await check(Array.from({ length: 20 }, (_, i) => `/ok?keep=${i}`));
    expect(Object.values(verdicts)).toEqual(Array.from({ length: 20 }, () => ({ status: 'alive' })));
    expect(server.connections() - before).toBeLessThanOrEqual(10);
  });

  it('survives a server that sends a body after its HEAD responses', async () => {
    // A raw server that sends a body with every response, HEAD too. It holds a HEAD's body back until the
    // next request on that connection, so the stray bytes always stand where the next response should start.
    const sockets: Socket[] = [];
    const seen: string[] = [];
    const sloppy = createNetServer((socket) => {
      sockets.push(socket);
      socket.on('error', () => undefined);
      let buffered = '';
      let stray = '';
      socket.on('data', (data) => {
        buffered += data.toString('latin1');
        for (let end = buffered.indexOf('\r\n\r\n'); end >= 0; end = buffered.indexOf('\r\n\r\n')) {
          const [method, target] = buffered.slice(0, end).split(' ');
          buffered = buffered.slice(end + 4);
          seen.push(`${method} ${target}`);
          const status = target.startsWith('/gone') ? '404 Not Found' : '200 OK';
          const body = 'x'.repeat(2000);
          const head = `HTTP/1.1 ${status}\r\ncontent-length: ${body.length}\r\nconnection: keep-alive\r\n\r\n`;
          socket.write(stray + head + (method === 'HEAD' ? '' : body));
          stray = method === 'HEAD' ? body : '';
        }
      });
    });
    await new Promise<void>((resolve) => sloppy.listen(0, '127.0.0.4', resolve));
    const port = (sloppy.address() as AddressInfo).port;
    const urls = Array.from(
      { length: 12 },
      (_, i) => `http://sloppy.test:${port}/${i % 3 ? 'page' : 'gone'}/${i}`,
    );
    const results = await verify(
      { urls, arxiv: [], dois: [] },
      testOptions({ hostConcurrency: 2 }),
      testTuning({
        lookup: tableLookup({ 'sloppy.test': '127.0.0.4' }),
        policy: allowListPolicy(['127.0.0.4']),
      }),
    );
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => sloppy.close(resolve));
    for (const [i, link] of urls.entries()) {
      expect(results.links.get(link)).toMatchObject(
        i % 3 ? { status: 'alive' } : { status: 'dead', httpStatus: 404 },
      );
    }
    // The stray bytes broke a response, so the host was switched to GET: pages answer HEAD with 200 otherwise.
    expect(seen.some((line) => line.startsWith('GET /page/'))).toBe(true);
    expect(results.requests).toBe(seen.length);
  });

  it('reads only the headers of a 20 MB body', async () => {
    const { verdicts, elapsed } = await check(['/big']);
    expect(verdicts['/big']).toEqual({ status: 'alive' });
    expect(server.bigBytesSent()).toBeLessThan(BIG_BODY / 4);
    expect(elapsed).toBeLessThan(1000);
  });

  it('checks each distinct URL once per run, whatever its fragment or how often it is listed', async () => {
    const before = server.total();
    const results = await verify(
      { urls: [url('/other'), url('/other'), url('/other#a'), url('/other#b')], arxiv: [], dois: [] },
      testOptions(),
      testTuning({ lookup: tableLookup({ 'a.test': '127.0.0.2' }), policy: allowListPolicy(['127.0.0.2']) }),
    );
    expect(results.requests).toBe(1);
    expect(server.total() - before).toBe(1);
    expect(results.links.get(url('/other#b'))).toEqual({ status: 'alive' });
  });

  it('sends the honest User-Agent and per-host headers from the config', async () => {
    const { createServer } = await import('node:http');
    const seen: Array<Record<string, string | string[] | undefined>> = [];
    const echo = createServer((req, res) => {
      seen.push(req.headers);
      res.end();
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.2', resolve));
    const port = (echo.address() as { port: number }).port;
    await verify(
      { urls: [`http://a.test:${port}/`], arxiv: [], dois: [] },
      testOptions({ hostHeaders: { 'a.test': { 'x-api-key': 'k' } } }),
      testTuning({ lookup: tableLookup({ 'a.test': '127.0.0.2' }), policy: allowListPolicy(['127.0.0.2']) }),
    );
    await new Promise((resolve) => echo.close(resolve));
    expect(seen).toHaveLength(1);
    expect(seen[0]['user-agent']).toBe('paperlint/0.0.0-test (+https://github.com/paperlint/paperlint)');
    expect(seen[0]['x-api-key']).toBe('k');
  });
});
