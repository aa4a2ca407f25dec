/** A real HTTP server on 127.0.0.1 for registry fakes: per-request handler, request log, connection counts. */

import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LoggedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** `performance.now()` when the request arrived and when its response was finished. */
  arrivedAt: number;
  finishedAt?: number;
  /** Which TCP connection carried it (1-based, in order of opening). */
  connection: number;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Milliseconds to wait before answering (to make overlapping requests observable). */
  delay?: number;
}

export type FakeHandler = (request: LoggedRequest) => FakeResponse | Promise<FakeResponse>;

export interface FakeServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: LoggedRequest[];
  /** Most TCP connections open at the same moment, and most requests being answered at once. */
  maxOpenConnections: number;
  maxConcurrentRequests: number;
  /** TCP connections opened in all. */
  connectionsOpened: number;
  close(): Promise<void>;
}

/** Starts a server on a free loopback port; every request is logged, then answered by `handler`. */
export async function startFakeServer(handler: FakeHandler): Promise<FakeServer> {
  const sockets = new Map<Socket, number>();
  let open = 0;
  let active = 0;
  const state: FakeServer = {
    origin: '',
    requests: [],
    maxOpenConnections: 0,
    maxConcurrentRequests: 0,
    connectionsOpened: 0,
    close: async () => {},
  };
  const server = createServer(async (req, res) => {
    active++;
    state.maxConcurrentRequests = Math.max(state.maxConcurrentRequests, active);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const logged: LoggedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      arrivedAt: performance.now(),
      connection: sockets.get(req.socket) ?? 0,
    };
    state.requests.push(logged);
    let response: FakeResponse;
    try {
      response = await handler(logged);
    } catch (error) {
      response = { status: 500, body: String(error) };
    }
    if (response.delay) await new Promise((resolve) => setTimeout(resolve, response.delay));
    res.writeHead(response.status, response.headers ?? {});
    res.end(response.body ?? '', () => {
      logged.finishedAt = performance.now();
      active--;
    });
  });
  server.on('connection', (socket) => {
    state.connectionsOpened++;
    sockets.set(socket, state.connectionsOpened);
    open++;
    state.maxOpenConnections = Math.max(state.maxOpenConnections, open);
    socket.on('close', () => {
      open--;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

export const json = (status: number, value: unknown, headers: Record<string, string> = {}): FakeResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(value),
});
