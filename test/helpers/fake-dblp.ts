/**
 * A fake DBLP publication search on loopback (`GET /search/publ/api?q=…&format=json&h=…`), answering in
 * DBLP's JSON shape: `result.hits.hit` an array, a single object when there is one hit, absent when none;
 * authors as `{"@pid", "text"}` objects (one object for a single author); titles with XML entities and a
 * final full stop. A query finds the publications whose title holds all its words, as DBLP's search does.
 * 429 with Retry-After on demand.
 */

import { type FakeServer, json, startFakeServer } from './fake-registry.js';

export interface FakePublication {
  /** As DBLP writes it: entities escaped, a final full stop. */
  title: string;
  venue: string;
  year: number;
  type?: string;
  authors: string[];
}

export interface FakeDblpOptions {
  publications: FakePublication[];
  /** Answers to give before any real one, in order. */
  failures?: Array<{ status: number; retryAfter?: string }>;
}

export interface FakeDblp extends FakeServer {
  /** The search endpoint to pass as `--dblp-api`. */
  api: string;
  /** The `q` of each request, in order. */
  queries(): string[];
  /** Milliseconds between the start of each request and the start of the next. */
  gaps(): number[];
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/&amp;/g, '&')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');

function hitOf(publication: FakePublication, index: number) {
  const authors = publication.authors.map((name, i) => ({ '@pid': `${index}/${i}`, text: name }));
  return {
    '@score': '7',
    '@id': String(4000 + index),
    info: {
      authors: { author: authors.length === 1 ? authors[0] : authors },
      title: publication.title,
      venue: publication.venue,
      year: String(publication.year),
      type: publication.type ?? 'Conference and Workshop Papers',
      access: 'open',
      key: `conf/x/${index}`,
      url: `https://dblp.org/rec/conf/x/${index}`,
    },
    url: `URL#${4000 + index}`,
  };
}

export async function startFakeDblp(options: FakeDblpOptions): Promise<FakeDblp> {
  const failures = [...(options.failures ?? [])];
  const server = await startFakeServer((request) => {
    if (request.path !== '/search/publ/api') return { status: 404, body: 'not found' };
    const failure = failures.shift();
    if (failure) {
      const headers: Record<string, string> =
        failure.retryAfter === undefined ? {} : { 'retry-after': failure.retryAfter };
      return { status: failure.status, headers, body: 'dblp: too many requests' };
    }
    const asked = words(request.query.get('q') ?? '');
    const found = options.publications.flatMap((publication, index) => {
      const title = new Set(words(publication.title));
      return asked.length > 0 && asked.every((word) => title.has(word)) ? [hitOf(publication, index)] : [];
    });
    const hits: Record<string, unknown> = {
      '@total': String(found.length),
      '@computed': String(found.length),
      '@sent': String(found.length),
      '@first': '0',
    };
    if (found.length > 0) hits.hit = found.length === 1 ? found[0] : found;
    return json(200, {
      result: {
        query: request.query.get('q'),
        status: { '@code': '200', text: 'OK' },
        time: { '@unit': 'msecs', text: '1.23' },
        completions: { '@total': '0', '@computed': '0', '@sent': '0' },
        hits,
      },
    });
  });
  return Object.assign(server, {
    api: `${server.origin}/search/publ/api`,
    queries: () => server.requests.map((request) => request.query.get('q') ?? ''),
    // Whole milliseconds, rounded up, as the fake arXiv's gaps: Node's timers count whole milliseconds.
    gaps: () =>
      server.requests
        .slice(1)
        .map((request, index) => Math.ceil(request.arrivedAt - server.requests[index].arrivedAt)),
  });
}
