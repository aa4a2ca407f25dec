// A real HTTP server on a loopback address that misbehaves on purpose, path by path, and counts what it saw.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BIG_BODY = 20 * 1024 * 1024;

export interface FaultServer {
  host: string;
  port: number;
  /** `http://host:port` */
  origin: string;
  /** Requests seen, keyed `METHOD /path` (query dropped). */
  hits: Map<string, number>;
  total: () => number;
  /** TCP connections accepted. */
  connections: () => number;
  /** Most requests in flight at once. */
  peak: () => number;
  /** Bytes of the big body written before the client went away. */
  bigBytesSent: () => number;
  close: () => Promise<void>;
}

export interface FaultServerOptions {
  /** Delay before answering `/slow`, in ms. */
  latency?: number;
  /** Shared across servers to measure the global peak. */
  onInFlight?: (delta: number) => void;
}

export async function startFaultServer(host: string, options: FaultServerOptions = {}): Promise<FaultServer> {
  const hits = new Map<string, number>();
  let inFlight = 0;
  let peak = 0;
  let bigBytes = 0;
  const hung: ServerResponse[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const key = `${req.method} ${url.pathname}`;
    const seen = (hits.get(key) ?? 0) + 1;
    hits.set(key, seen);
    const seenAnyMethod = (hits.get(`HEAD ${url.pathname}`) ?? 0) + (hits.get(`GET ${url.pathname}`) ?? 0);
    const send = (status: number, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/plain', ...headers });
      res.end(req.method === 'HEAD' ? undefined : `status ${status}\n`);
    };
    switch (url.pathname) {
      case '/ok':
      case '/other':
        return send(200);
      case '/404':
        return send(404);
      case '/410':
        return send(410);
      case '/500':
        return send(500);
      case '/flaky':
        return seenAnyMethod === 1 ? send(503) : send(200);
      case '/ratelimit':
        return seenAnyMethod === 1 ? send(429, { 'retry-after': '1' }) : send(200);
      case '/moved':
        return send(301, { location: '/ok' });
      case '/moved-twice':
        return send(308, { location: '/moved' });
      case '/temporary':
        return send(302, { location: '/ok' });
      case '/loop-a':
        return send(302, { location: '/loop-b' });
      case '/loop-b':
        return send(302, { location: '/loop-a' });
      case '/chain':
        return send(302, { location: `/chain?n=${Number(url.searchParams.get('n') ?? 0) + 1}` });
      case '/bad-location':
        return send(301, { location: 'http://[bad' });
      case '/redirect-to':
        return send(302, { location: url.searchParams.get('url') ?? '/' });
      case '/head-refused':
        return req.method === 'HEAD' ? send(405) : send(200);
      case '/challenge':
        return send(403, { 'cf-mitigated': 'challenge' });
      case '/forbidden':
        return send(403);
      case '/silent':
        // Accept and say nothing; closed with the server.
        hung.push(res);
        return;
      case '/reset':
        req.socket.resetAndDestroy();
        return;
      case '/big': {
        if (req.method === 'HEAD') return send(405);
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': String(BIG_BODY),
        });
        const chunk = Buffer.alloc(64 * 1024, 'x');
        const pump = () => {
          while (bigBytes < BIG_BODY && !res.destroyed) {
            bigBytes += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        return pump();
      }
      case '/slow': {
        inFlight += 1;
        options.onInFlight?.(1);
        peak = Math.max(peak, inFlight);
        setTimeout(() => {
          inFlight -= 1;
          options.onInFlight?.(-1);
          send(200);
        }, options.latency ?? 50);
        return;
      }
      default:
        return send(404);
    }
  };

  const server: Server = createServer(handle);
  let connections = 0;
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host,
    port,
    origin: `http://${host}:${port}`,
    hits,
    total: () => [...hits.values()].reduce((sum, n) => sum + n, 0),
    connections: () => connections,
    peak: () => peak,
    bigBytesSent: () => bigBytes,
    close: () =>
      new Promise((resolve) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
