/**
 * The Actions cache service (v1 protocol of @actions/cache, the one GHES speaks) on loopback: look up by key
 * and version (exact key first, then restore-key prefixes, newest first), reserve, chunked upload with
 * Content-Range, commit, and archive download. Binary-safe, so it keeps its own small HTTP server.
 */

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  archive: Buffer;
  committed: boolean;
}

export interface FakeCache {
  /** The value of `ACTIONS_CACHE_URL` (with the trailing slash the runner gives it). */
  url: string;
  entries: CacheEntry[];
  /** Method and path of each request, in order. */
  log: string[];
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeCache(): Promise<FakeCache> {
  const entries: CacheEntry[] = [];
  const log: string[] = [];
  let origin = '';
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const body = await bodyOf(request);
    log.push(`${request.method} ${url.pathname}`);
    const send = (status: number, value?: unknown) => {
      response.writeHead(status, value === undefined ? {} : { 'content-type': 'application/json' });
      response.end(value === undefined ? '' : JSON.stringify(value));
    };
    const upload = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname);
    const download = /^\/archive\/(\d+)$/.exec(url.pathname);
    if (request.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
      const version = url.searchParams.get('version');
      const usable = entries.filter((e) => e.committed && e.version === version).reverse();
      for (const key of (url.searchParams.get('keys') ?? '').split(',')) {
        const hit = usable.find((e) => e.key === key) ?? usable.find((e) => e.key.startsWith(key));
        if (hit)
          return send(200, {
            cacheKey: hit.key,
            scope: 'refs/heads/main',
            archiveLocation: `${origin}/archive/${hit.id}`,
          });
      }
      return send(204);
    }
    if (request.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
      const { key, version } = JSON.parse(body.toString('utf8'));
      if (entries.some((e) => e.key === key && e.version === version)) {
        return send(409, {
          message: `Cache already exists. Scope: refs/heads/main, Key: ${key}, Version: ${version}`,
        });
      }
      const entry: CacheEntry = {
        id: entries.length + 1,
        key,
        version,
        archive: Buffer.alloc(0),
        committed: false,
      };
      entries.push(entry);
      return send(201, { cacheId: entry.id });
    }
    if (upload && request.method === 'PATCH') {
      const entry = entries[Number(upload[1]) - 1];
      const start = Number(/^bytes (\d+)-/.exec(request.headers['content-range'] ?? '')?.[1] ?? 0);
      const grown = Buffer.alloc(Math.max(entry.archive.length, start + body.length));
      entry.archive.copy(grown);
      body.copy(grown, start);
      entry.archive = grown;
      return send(204);
    }
    if (upload && request.method === 'POST') {
      const entry = entries[Number(upload[1]) - 1];
      if (JSON.parse(body.toString('utf8')).size !== entry.archive.length)
        return send(400, { message: 'size mismatch' });
      entry.committed = true;
      return send(204);
    }
    if (download && request.method === 'GET') {
      const archive = entries[Number(download[1]) - 1].archive;
      response.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': archive.length,
      });
      return response.end(archive);
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    entries,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
