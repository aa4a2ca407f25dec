/**
 * A fake arXiv API on loopback that answers like the real one (shapes copied from the recordings in
 * test/fixtures/arxiv-api): feeds built for the requested ids from a small catalogue, HTTP 400 with an `Error`
 * entry for malformed ids, unknown ids left out, recorded responses served verbatim on request, and 429/503
 * with Retry-After on demand. A `search_query` of `ti:"…"` finds the catalogue's papers whose latest title
 * holds the phrase (case and punctuation ignored, as arXiv's index does), in the feed a search gets
 * (manual_typical.xml): entries whose `<id>` names the latest version.
 */

import { readFileSync } from 'node:fs';
import type { PaperList } from '../../src/types.js';
import type { VerifyRequest } from '../../src/verify/types.js';
import { type FakeResponse, type FakeServer, type LoggedRequest, startFakeServer } from './fake-registry.js';

export interface FakeVersion {
  title: string;
  comment?: string;
  /** `arxiv:journal_ref` and `arxiv:doi`, where the authors gave them. */
  journalRef?: string;
  doi?: string;
  /** Default: one invented author. */
  authors?: string[];
  /** The abstract; the fake invents one when absent. */
  summary?: string;
  /** ISO time; the fake invents one when absent. */
  published?: string;
}

/** One paper: its versions, v1 first. */
export type FakePaper = FakeVersion[];

/** Papers the default fake knows. The first three are real (titles as the recordings show them). */
export const CATALOGUE: Record<string, FakePaper> = {
  '1605.08386': [
    {
      title: 'Heat-bath random walks with Markov bases',
      comment: '20 pages, 3 figures',
      authors: ['Caprice Stanley', 'Tobias Windisch'],
      summary:
        'Graphs on lattice points are studied whose edges come from a finite set of allowed moves of arbitrary length. We show that the diameter of these graphs on fibers of a fixed integer matrix can be bounded from above by a constant. We then study the mixing behaviour of heat-bath random walks on these graphs. We also state explicit conditions on the set of moves so that the heat-bath random walk, a generalization of the Glauber dynamics, is an expander in fixed dimension.',
      published: '2016-05-26T17:59:46Z',
    },
  ],
  'quant-ph/0201082': [
    {
      title:
        'Quantum Computers and Quantum Computer Languages: Quantum Assembly Language and Quantum C Language',
      comment: '32 pages',
      published: '2002-01-18T15:08:05Z',
    },
  ],
  '1707.08567': [
    {
      title: 'Proceedings of Workshop AEW10: Concepts in Information Theory and Communications',
      comment: '44 pages, editors for the proceedings: Yanling Chen and A. J. Han Vinck',
      published: '2017-07-27T08:18:33Z',
    },
  ],
  // Real papers whose names lists write, titles as arXiv gives them (the rule docs' examples).
  '2405.09818': [{ title: 'Chameleon: Mixed-Modal Early-Fusion Foundation Models' }],
  '2309.15427': [{ title: 'Graph Neural Prompting with Large Language Models' }],
  '2306.16410': [
    {
      title: 'Towards Language Models That Can See: Computer Vision Through the LENS of Natural Language',
    },
  ],
  '2303.11366': [
    { title: 'Reflexion: an autonomous agent with dynamic memory and self-reflection' },
    { title: 'Reflexion: Language Agents with Verbal Reinforcement Learning' },
  ],
  // Invented papers for the cases the recordings do not cover.
  '2401.00101': [
    { title: 'Sparse Mixture Routers for Streaming Recommendation', comment: '12 pages' },
    {
      title: 'Sparse Mixture Routers for Streaming Recommendation',
      comment: 'This paper has been withdrawn by the author due to an error in Theorem 2',
    },
  ],
  '2402.00202': [
    {
      title: 'Scaling $\\mathcal{O}(n)$ Attention:\n  {Linear} Transformers for Very Long\n  Sequences',
      comment: 'Accepted at ICLR 2024',
    },
  ],
  '2403.00303': [
    { title: 'Learning to Rank Micro-Videos from Raw Frames' },
    { title: 'MicroClip: A Content-Driven Micro-Video Recommendation Dataset at Scale' },
  ],
};

/** The ids the real API accepts the format of (it rejects the rest with HTTP 400). */
const WELL_FORMED = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

const FEED_HEAD = `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">`;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface FeedEntry {
  id: string;
  version: number;
  paper: FakeVersion;
}

/** `<prefix:name>text</prefix:name>` on its own line when there is text, else nothing. */
const optional = (indent: string, tag: string, text: string | undefined, attributes = '') =>
  text === undefined ? '' : `${indent}<${tag}${attributes}>${escapeXml(text)}</${tag}>\n`;

/** An entry in the post-2025 format (as in real_1605.08386.xml; journal_ref and doi as arXiv sends them). */
function newEntry({ id, version, paper }: FeedEntry): string {
  const published = paper.published ?? '2024-01-02T03:04:05Z';
  const authors = (paper.authors ?? ['A. Author'])
    .map((name) => `    <author>\n      <name>${escapeXml(name)}</name>\n    </author>\n`)
    .join('');
  return `  <entry>
    <id>http://arxiv.org/abs/${id}v${version}</id>
    <title>${escapeXml(paper.title)}</title>
    <updated>${published}</updated>
    <link href="https://arxiv.org/abs/${id}v${version}" rel="alternate" type="text/html"/>
${paper.doi === undefined ? '' : `    <link href="https://doi.org/${escapeXml(paper.doi)}" rel="related" title="doi"/>\n`}    <summary>${escapeXml(paper.summary ?? 'An abstract.')}</summary>
    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
    <published>${published}</published>
${optional('    ', 'arxiv:comment', paper.comment)}${optional('    ', 'arxiv:journal_ref', paper.journalRef)}${optional('    ', 'arxiv:doi', paper.doi)}    <arxiv:primary_category term="cs.LG"/>
${authors}  </entry>
`;
}

/** An entry in the pre-2025 format, every element carrying its own xmlns (as in manual_typical.xml). */
function oldEntry({ id, version, paper }: FeedEntry): string {
  const atom = 'xmlns="http://www.w3.org/2005/Atom"';
  const arxiv = 'xmlns:arxiv="http://arxiv.org/schemas/atom"';
  const published = paper.published ?? '2024-01-02T03:04:05-05:00';
  return `      <entry ${atom} ${arxiv}>
        <id ${atom}>http://arxiv.org/abs/${id}v${version}</id>
        <published ${atom}>${published}</published>
        <title ${atom}>${escapeXml(paper.title)}</title>
${optional('        ', 'arxiv:comment', paper.comment, ` ${arxiv}`)}${optional('        ', 'arxiv:journal_ref', paper.journalRef, ` ${arxiv}`)}${optional('        ', 'arxiv:doi', paper.doi, ` ${arxiv}`)}        <link ${atom} href="http://arxiv.org/abs/${id}v${version}" rel="alternate" type="text/html"/>
${(paper.authors ?? ['A. Author']).map((name) => `        <author ${atom}><name ${atom}>${escapeXml(name)}</name></author>\n`).join('')}      </entry>
`;
}

function feed(entries: FeedEntry[], format: 'new' | 'old'): string {
  if (format === 'old') {
    return `    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
      <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${entries.length}</opensearch:totalResults>
${entries.map(oldEntry).join('')}    </feed>
`;
  }
  return `${FEED_HEAD}
  <opensearch:totalResults>${entries.length}</opensearch:totalResults>
${entries.map(newEntry).join('')}</feed>
`;
}

/** The 400 body for a malformed id (as in real_abc.xml), or one that does not say which id it means. */
function errorFeed(id: string | undefined): string {
  const anchor = id === undefined ? 'bad_request' : `incorrect_id_format_for_${escapeXml(id)}`;
  return `${FEED_HEAD}
  <id>https://arxiv.org/</id>
  <title>arXiv Search Results</title>
  <opensearch:totalResults>1</opensearch:totalResults>
  <entry>
    <id>https://arxiv.org/api/errors#${anchor}</id>
    <title>Error</title>
    <link href="https://arxiv.org/api/errors#${anchor}" rel="alternate" type="text/html"/>
    <summary>${id === undefined ? 'bad request' : `incorrect id format for ${escapeXml(id)}`}</summary>
    <author>
      <name>arXiv api core</name>
    </author>
  </entry>
</feed>
`;
}

const FIXTURES = new URL('../fixtures/arxiv-api/', import.meta.url);

/** A recorded response, with the status its `.meta` file gives (200 for the manual samples). */
export function recordedResponse(name: string): FakeResponse {
  const body = readFileSync(new URL(`${name}.xml`, FIXTURES), 'utf8');
  let status = 200;
  try {
    status = Number(/HTTP (\d{3})/.exec(readFileSync(new URL(`${name}.meta`, FIXTURES), 'utf8'))?.[1] ?? 200);
  } catch {
    // The manual samples have no .meta: the manual shows them as ordinary 200 answers.
  }
  return { status, headers: { 'content-type': 'application/atom+xml; charset=utf-8' }, body };
}

export interface FakeArxivOptions {
  catalogue?: Record<string, FakePaper>;
  /** Feed format of generated answers. */
  format?: 'new' | 'old';
  /** Answers to give before any real one, in order (e.g. a 429 with Retry-After). */
  failures?: Array<{ status: number; retryAfter?: string }>;
  /** Recorded responses to serve verbatim, keyed by the exact `id_list` asked for. */
  recordings?: Record<string, string>;
  /** Milliseconds each answer takes. */
  latency?: number;
  /** Well-formed ids to reject with 400 anyway, as an API whose grammar disagrees with ours would. */
  rejected?: string[];
  /** Whether the 400 body names the rejected id (default true). */
  nameRejected?: boolean;
}

export interface FakeArxiv extends FakeServer {
  /** The API endpoint to pass as `--arxiv-api`. */
  api: string;
  /** The ids of each request, in order. */
  idLists(): string[][];
  /** The `search_query` of each title search, in order. */
  searches(): string[];
  /** Milliseconds between the end of each request and the arrival of the next (rounded up). */
  gaps(): number[];
}

function paramsOf(request: LoggedRequest): URLSearchParams {
  const form = request.headers['content-type']?.startsWith('application/x-www-form-urlencoded');
  return form ? new URLSearchParams(request.body) : request.query;
}

/** Words as arXiv's search index sees them: lower case, punctuation dropped. */
const searchWords = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** The catalogue's papers whose latest title holds the `ti:"…"` phrase; any other query finds nothing. */
function searchEntries(query: string, catalogue: Record<string, FakePaper>): FeedEntry[] {
  const phrase = /^ti:"(.*)"$/.exec(query.trim())?.[1];
  if (phrase === undefined || searchWords(phrase).trim() === '') return [];
  return Object.entries(catalogue).flatMap(([id, versions]) =>
    searchWords(versions.at(-1)!.title).includes(searchWords(phrase))
      ? [{ id, version: versions.length, paper: versions.at(-1)! }]
      : [],
  );
}

function answer(params: URLSearchParams, options: FakeArxivOptions): FakeResponse {
  const search = params.get('search_query');
  if (search !== null) {
    const max = Number(params.get('max_results') ?? 10);
    const found = searchEntries(search, options.catalogue ?? CATALOGUE).slice(0, max);
    return {
      status: 200,
      headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
      body: feed(found, options.format ?? 'new'),
    };
  }
  const idList = params.get('id_list') ?? '';
  const recording = options.recordings?.[idList];
  if (recording) return recordedResponse(recording);
  const ids = idList.split(',').filter((id) => id !== '');
  const bad = ids.find((id) => !WELL_FORMED.test(id) || options.rejected?.includes(id));
  const headers = { 'content-type': 'application/atom+xml; charset=utf-8' };
  if (bad !== undefined) {
    return { status: 400, headers, body: errorFeed(options.nameRejected === false ? undefined : bad) };
  }
  const catalogue = options.catalogue ?? CATALOGUE;
  const entries: FeedEntry[] = [];
  for (const asked of ids) {
    const [, id, pinned] = /^(.+?)(?:v(\d+))?$/.exec(asked) ?? [];
    const versions = catalogue[id];
    if (!versions) continue;
    const version = pinned === undefined ? versions.length : Number(pinned);
    if (version < 1 || version > versions.length) continue;
    entries.push({ id, version, paper: versions[version - 1] });
  }
  // The real API caps the feed at max_results (default 10): a client that forgets it loses entries.
  const max = Number(params.get('max_results') ?? 10);
  return { status: 200, headers, body: feed(entries.slice(0, max), options.format ?? 'new') };
}

export async function startFakeArxiv(options: FakeArxivOptions = {}): Promise<FakeArxiv> {
  const failures = [...(options.failures ?? [])];
  const server = await startFakeServer((request) => {
    if (request.path !== '/api/query') return { status: 404, body: 'not found' };
    const failure = failures.shift();
    const response: FakeResponse = failure
      ? {
          status: failure.status,
          headers: failure.retryAfter === undefined ? {} : { 'retry-after': failure.retryAfter },
          body: 'busy',
        }
      : answer(paramsOf(request), options);
    return { ...response, delay: options.latency };
  });
  return Object.assign(server, {
    api: `${server.origin}/api/query`,
    idLists: () =>
      server.requests.map((request) => (paramsOf(request).get('id_list') ?? '').split(',').filter(Boolean)),
    searches: () => server.requests.flatMap((request) => paramsOf(request).get('search_query') ?? []),
    // Rounded up to whole milliseconds: Node's timers count whole milliseconds of the event loop's clock, so a
    // 50 ms wait measures 49.95 ms now and then on a loaded machine.
    gaps: () =>
      server.requests
        .slice(1)
        .map((request, index) => Math.ceil(request.arrivedAt - (server.requests[index].finishedAt ?? 0))),
  });
}

/** The arXiv ids of a list as a run asks for them: each with the title of its entry, unless that is a name. */
export function arxivRequestOf(list: PaperList): VerifyRequest {
  return {
    urls: [],
    dois: [],
    arxiv: list.entries.flatMap((entry) =>
      entry.arxiv.map(({ id, version }) =>
        entry.titleKind === 'name' || entry.title === ''
          ? { id, version }
          : { id, version, title: entry.title },
      ),
    ),
  };
}
