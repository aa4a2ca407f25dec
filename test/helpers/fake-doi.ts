/**
 * A fake DOI handle API on loopback (`GET /api/handles/{doi}`), answering as doi.org does: 200 with
 * `responseCode` 1 for a known DOI, 404 with `responseCode` 100 for an unknown one. Extra answers can be
 * given per DOI (other response codes, 429/503 with Retry-After).
 */

import { type FakeResponse, type FakeServer, json, startFakeServer } from './fake-registry.js';

export interface FakeDoiOptions {
  /** DOIs that exist (any case). */
  known: Iterable<string>;
  /** Answers for particular DOIs, given in order, one per request; after the last, normal answers resume. */
  answers?: Record<string, FakeResponse[]>;
  latency?: number;
}

export interface FakeDoi extends FakeServer {
  /** The handle API root to pass as `--doi-api`. */
  api: string;
  /** The DOIs asked for, decoded, in order. */
  asked(): string[];
}

const PREFIX = '/api/handles/';

export async function startFakeDoi(options: FakeDoiOptions): Promise<FakeDoi> {
  const known = new Set([...options.known].map((doi) => doi.toLowerCase()));
  const answers = new Map<string, FakeResponse[]>(
    Object.entries(options.answers ?? {}).map(([doi, list]) => [doi.toLowerCase(), [...list]]),
  );
  const doiOf = (path: string) => decodeURIComponent(path.slice(PREFIX.length));
  const server = await startFakeServer((request) => {
    if (!request.path.startsWith(PREFIX)) return { status: 404, body: 'not found' };
    const doi = doiOf(request.path);
    const special = answers.get(doi.toLowerCase())?.shift();
    const response = special
      ? special
      : known.has(doi.toLowerCase())
        ? json(200, {
            responseCode: 1,
            handle: doi,
            values: [
              {
                index: 1,
                type: 'URL',
                data: { format: 'string', value: `https://publisher.example/${doi}` },
              },
            ],
          })
        : json(404, { responseCode: 100, handle: doi });
    return { ...response, delay: options.latency };
  });
  return Object.assign(server, {
    api: `${server.origin}/api/handles`,
    asked: () => server.requests.map((request) => doiOf(request.path)),
  });
}
