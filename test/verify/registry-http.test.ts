import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import {
  busyWait,
  MAX_REGISTRY_BODY,
  retryAfterMs,
  sendRegistryRequest,
  TransportError,
} from '../../src/verify/registry-http.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-06-30T12:00:00Z');

  it('reads delay-seconds and HTTP dates', () => {
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Tue, 30 Jun 2026 12:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Tue, 30 Jun 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
  });
});

describe('busyWait', () => {
  const policy = { base: 1000, retries: 2, maxWait: 30_000 };

  it('waits as asked, else doubles the base per attempt, until the retries are spent', () => {
    expect(busyWait({ 'retry-after': '7' }, 0, policy)).toBe(7000);
    expect(busyWait({}, 0, policy)).toBe(1000);
    expect(busyWait({}, 1, policy)).toBe(2000);
    expect(busyWait({}, 2, policy)).toBeUndefined();
  });

  it('gives up rather than wait longer than allowed', () => {
    expect(busyWait({ 'retry-after': '86400' }, 0, policy)).toBeUndefined();
    expect(busyWait({}, 1, { ...policy, maxWait: 1500 })).toBeUndefined();
  });
});

describe('sendRegistryRequest', () => {
  /** A loopback server whose answer never ends (or announces a length over the cap); counts the bytes it sent. */
  async function endlessServer(announce: boolean) {
    let sent = 0;
    let closed = false;
    const server = createServer((_request, response) => {
      const chunk = Buffer.alloc(64 * 1024, 'a');
      response.writeHead(200, announce ? { 'content-length': String(1024 ** 3) } : {});
      const pump = () => {
        while (!closed && response.write(chunk)) sent += chunk.length;
        if (!closed) response.once('drain', pump);
      };
      response.on('close', () => {
        closed = true;
      });
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/api`,
      sent: () => sent,
      closed: () => closed,
      close: () => new Promise((resolve) => server.close(resolve)),
    };
  }

  for (const announce of [false, true]) {
    it(`stops reading an answer over ${MAX_REGISTRY_BODY / 1024 ** 2} MB (${announce ? 'announced' : 'endless'}) and says why`, async () => {
      const server = await endlessServer(announce);
      const dispatcher = new Agent();
      try {
        const failure = await sendRegistryRequest(
          server.url,
          {},
          { dispatcher, userAgent: 'paperlint-test', timeout: 20_000 },
        ).catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(TransportError);
        expect((failure as TransportError).message).toBe('answer larger than 8 MB');
        for (let waited = 0; waited < 2000 && !server.closed(); waited += 20)
          await new Promise((resolve) => setTimeout(resolve, 20));
        expect(server.closed()).toBe(true);
        // Cut off near the cap (plus what sat in socket buffers), not at the timeout's gigabytes.
        expect(server.sent()).toBeLessThan(MAX_REGISTRY_BODY + 8 * 1024 * 1024);
      } finally {
        await dispatcher.close();
        await server.close();
      }
    });
  }
});
