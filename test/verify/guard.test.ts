// The private-address guard end to end, on loopback only: the "public" host is a loopback address the
// test's policy allows; everything the production policy refuses must never receive a request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { type FaultServer, startFaultServer } from './fault-server.js';
import { allowListPolicy, tableLookup, testOptions, testTuning } from './setup.js';

let allowed: FaultServer;
let forbidden: FaultServer;

beforeAll(async () => {
  allowed = await startFaultServer('127.0.0.2');
  forbidden = await startFaultServer('127.0.0.1');
});
afterAll(async () => {
  await allowed.close();
  await forbidden.close();
});

const tuning = () =>
  testTuning({
    lookup: tableLookup({ 'public.test': '127.0.0.2', 'internal.test': '127.0.0.1' }),
    policy: allowListPolicy(['127.0.0.2']),
  });

describe('private-address guard', () => {
  it('refuses a direct link to a loopback address, a name resolving to one, and never connects', async () => {
    const direct = `http://127.0.0.1:${forbidden.port}/ok`;
    const named = `http://internal.test:${forbidden.port}/ok`;
    const results = await verify({ urls: [direct, named], arxiv: [], dois: [] }, testOptions(), tuning());
    expect(results.links.get(direct)).toEqual({
      status: 'unverifiable',
      reason: 'blocked private address 127.0.0.1 (loopback)',
    });
    expect(results.links.get(named)).toEqual(results.links.get(direct));
    expect(forbidden.total()).toBe(0);
  });

  it('refuses loopback however the address is spelled: IPv6, hex, a single number, IPv4-mapped', async () => {
    const port = forbidden.port;
    const urls = [
      `http://[::1]:${port}/ok`,
      `http://0x7f.1:${port}/ok`,
      `http://2130706433:${port}/ok`,
      `http://[::ffff:127.0.0.1]:${port}/ok`,
    ];
    const results = await verify({ urls, arxiv: [], dois: [] }, testOptions(), tuning());
    expect(urls.map((url) => results.links.get(url))).toEqual([
      { status: 'unverifiable', reason: 'blocked private address ::1 (loopback)' },
      { status: 'unverifiable', reason: 'blocked private address 127.0.0.1 (loopback)' },
      { status: 'unverifiable', reason: 'blocked private address 127.0.0.1 (loopback)' },
      {
        status: 'unverifiable',
        reason: 'blocked private address ::ffff:7f00:1 (loopback, IPv4 embedded in IPv6)',
      },
    ]);
    expect(forbidden.total()).toBe(0);
  });

  it('refuses a redirect hop from an allowed host to loopback', async () => {
    const target = `http://127.0.0.1:${forbidden.port}/ok`;
    const link = `http://public.test:${allowed.port}/redirect-to?url=${encodeURIComponent(target)}`;
    const results = await verify({ urls: [link], arxiv: [], dois: [] }, testOptions(), tuning());
    expect(results.links.get(link)).toMatchObject({
      status: 'unverifiable',
      reason: /^blocked private address 127\.0\.0\.1/,
    });
    expect(allowed.hits.get('HEAD /redirect-to')).toBe(1);
    expect(forbidden.total()).toBe(0);
  });

  it('refuses a name when any of its addresses is private, even if another is allowed', async () => {
    const results = await verify(
      { urls: [`http://mixed.test:${allowed.port}/ok`], arxiv: [], dois: [] },
      testOptions(),
      testTuning({
        lookup: async () => [
          { address: '127.0.0.2', family: 4 },
          { address: '169.254.169.254', family: 4 },
        ],
        policy: allowListPolicy(['127.0.0.2']),
      }),
    );
    expect([...results.links.values()]).toEqual([
      { status: 'unverifiable', reason: 'blocked private address 169.254.169.254 (link-local)' },
    ]);
    expect(allowed.hits.get('HEAD /ok')).toBeUndefined();
  });

  it('connects to the address it checked, not to whatever the name resolves to later', async () => {
    // One resolution per connection: the address checked is the address dialled, never a second answer.
    let calls = 0;
    const results = await verify(
      { urls: [`http://rebind.test:${allowed.port}/ok`], arxiv: [], dois: [] },
      testOptions(),
      testTuning({
        lookup: async () => [{ address: calls++ === 0 ? '127.0.0.2' : '127.0.0.1', family: 4 }],
        policy: allowListPolicy(['127.0.0.2']),
      }),
    );
    expect([...results.links.values()]).toEqual([{ status: 'alive' }]);
    expect(calls).toBe(1);
    expect(allowed.hits.get('HEAD /ok')).toBe(1);
    expect(forbidden.total()).toBe(0);
  });

  it('lets everything through with allowPrivateHosts', async () => {
    const direct = `http://127.0.0.1:${forbidden.port}/ok`;
    const results = await verify(
      { urls: [direct], arxiv: [], dois: [] },
      testOptions({ allowPrivateHosts: true }),
      testTuning(),
    );
    expect(results.links.get(direct)).toEqual({ status: 'alive' });
    expect(forbidden.total()).toBe(1);
  });
});
