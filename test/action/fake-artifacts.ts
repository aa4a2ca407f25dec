/**
 * The Actions artifact service on loopback, as @actions/artifact (v4 protocol) and the REST API use it: the
 * results service's Twirp calls (CreateArtifact, FinalizeArtifact, ListArtifacts, DeleteArtifact) under
 * `ACTIONS_RESULTS_URL`, the blob storage the signed upload URL points at (Azure block uploads: staged blocks,
 * then the block list), and the short-lived download URL the REST API redirects to. Runs are told apart by
 * the backend ids in `ACTIONS_RUNTIME_TOKEN`; `runtimeToken(runId)` makes one for REST run `runId`.
 */

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredArtifact {
  id: number;
  /** The REST id of the workflow run it belongs to. */
  runId: number;
  name: string;
  /** The zip archive as uploaded (tests may replace it to tamper with it). */
  archive: Buffer;
  finalized: boolean;
  blocks: Map<string, Buffer>;
}

export interface FakeArtifacts {
  /** The value of `ACTIONS_RESULTS_URL`. */
  url: string;
  artifacts: StoredArtifact[];
  /** Method, path and whether an Authorization header came, of each request, in order. */
  log: Array<{ method: string; path: string; authorization: boolean }>;
  /** An `ACTIONS_RUNTIME_TOKEN` for a job of workflow run `runId` (a JWT whose `scp` claim names the run). */
  runtimeToken(runId: number): string;
  /** Where the REST API's download redirect points for an artifact. */
  downloadUrl(artifact: StoredArtifact): string;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startFakeArtifacts(): Promise<FakeArtifacts> {
  const artifacts: StoredArtifact[] = [];
  const log: FakeArtifacts['log'] = [];
  let origin = '';
  let nextId = 7000;
  const runOf = (backendId: string) => Number(/^run-(\d+)$/.exec(backendId)?.[1] ?? Number.NaN);

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const body = await bodyOf(request);
    log.push({
      method: request.method ?? '',
      path: url.pathname,
      authorization: !!request.headers.authorization,
    });
    const send = (status: number, value?: unknown) => {
      response.writeHead(status, value === undefined ? {} : { 'content-type': 'application/json' });
      response.end(value === undefined ? '' : JSON.stringify(value));
    };
    const blob = /^\/devstoreaccount1\/artifacts\/(\d+)$/.exec(url.pathname);
    if (blob) {
      const artifact = artifacts.find((candidate) => candidate.id === Number(blob[1]));
      if (!artifact || url.searchParams.get('sig') !== 'signed')
        return send(403, { message: 'bad signature' });
      if (request.method === 'GET') {
        response.writeHead(200, {
          'content-type': 'application/zip',
          'content-length': artifact.archive.length,
        });
        return response.end(artifact.archive);
      }
      if (request.method === 'PUT' && url.searchParams.get('comp') === 'block') {
        artifact.blocks.set(url.searchParams.get('blockid') ?? '', body);
        return send(201);
      }
      if (request.method === 'PUT' && url.searchParams.get('comp') === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(
          (match) => match[1],
        );
        artifact.archive = Buffer.concat(ids.map((id) => artifact.blocks.get(id) ?? Buffer.alloc(0)));
        return send(201);
      }
      return send(400, { message: 'unexpected blob request' });
    }
    if (request.method !== 'POST' || !url.pathname.startsWith(SERVICE))
      return send(404, { msg: 'not found' });
    if (request.headers.authorization?.startsWith('Bearer ') !== true)
      return send(401, { code: 'unauthenticated', msg: 'no token' });
    const call = JSON.parse(body.toString('utf8') || '{}');
    const runId = runOf(call.workflow_run_backend_id ?? '');
    switch (url.pathname.slice(SERVICE.length)) {
      case 'CreateArtifact': {
        if (artifacts.some((a) => a.runId === runId && a.name === call.name && a.finalized))
          return send(409, {
            code: 'already_exists',
            msg: 'an artifact with this name already exists on the workflow run',
          });
        const artifact: StoredArtifact = {
          id: nextId++,
          runId,
          name: call.name,
          archive: Buffer.alloc(0),
          finalized: false,
          blocks: new Map(),
        };
        artifacts.push(artifact);
        return send(200, {
          ok: true,
          signed_upload_url: `${origin}/devstoreaccount1/artifacts/${artifact.id}?sig=signed`,
        });
      }
      case 'FinalizeArtifact': {
        const artifact = artifacts.find((a) => a.runId === runId && a.name === call.name && !a.finalized);
        if (!artifact || Number(call.size) !== artifact.archive.length)
          return send(400, { code: 'invalid_argument', msg: 'size mismatch or no such upload' });
        artifact.finalized = true;
        return send(200, { ok: true, artifact_id: String(artifact.id) });
      }
      case 'ListArtifacts': {
        const listed = artifacts.filter(
          (a) => a.finalized && a.runId === runId && (!call.name_filter || a.name === call.name_filter),
        );
        return send(200, {
          artifacts: listed.map((a) => ({
            workflow_run_backend_id: `run-${a.runId}`,
            workflow_job_run_backend_id: 'job-1',
            database_id: String(a.id),
            name: a.name,
            size: String(a.archive.length),
          })),
        });
      }
      case 'DeleteArtifact': {
        const index = artifacts.findIndex((a) => a.runId === runId && a.name === call.name);
        if (index < 0) return send(404, { code: 'not_found', msg: 'no such artifact' });
        const [deleted] = artifacts.splice(index, 1);
        return send(200, { ok: true, artifact_id: String(deleted.id) });
      }
      default:
        return send(404, { code: 'bad_route', msg: 'no such method' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    artifacts,
    log,
    runtimeToken: (runId) =>
      `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ scp: `Actions.GenericRead Actions.Results:run-${runId}:job-1` })}.sig`,
    downloadUrl: (artifact) => `${origin}/devstoreaccount1/artifacts/${artifact.id}?sig=signed`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
