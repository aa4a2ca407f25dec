// TLS through the guarded connector: the host name goes out as SNI, and a certificate error is unverifiable.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createSecureContext } from 'node:tls';
import { expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { allowListPolicy, tableLookup, testOptions, testTuning } from './setup.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

it('reports a self-signed certificate as a TLS error, after sending the host name as SNI', async () => {
  const context = createSecureContext({ key: fixture('self-signed.key'), cert: fixture('self-signed.crt') });
  const names: string[] = [];
  const server = createServer(
    {
      key: fixture('self-signed.key'),
      cert: fixture('self-signed.crt'),
      SNICallback: (name, callback) => {
        names.push(name);
        callback(null, context);
      },
    },
    (_req, res) => res.end(),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.4', resolve));
  const link = `https://tls.test:${(server.address() as AddressInfo).port}/`;
  const results = await verify(
    { urls: [link], arxiv: [], dois: [] },
    testOptions(),
    testTuning({ lookup: tableLookup({ 'tls.test': '127.0.0.4' }), policy: allowListPolicy(['127.0.0.4']) }),
  );
  await new Promise((resolve) => server.close(resolve));
  expect(results.links.get(link)).toEqual({
    status: 'unverifiable',
    reason: 'TLS error (DEPTH_ZERO_SELF_SIGNED_CERT)',
  });
  // Not retried: a certificate does not fix itself in a second.
  expect(names).toEqual(['tls.test']);
});
