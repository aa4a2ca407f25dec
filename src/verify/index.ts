import { publishedVenue } from '../arxiv/published.js';
import { type AddressPolicy, allowAll, createGuardedAgent, type Lookup } from './agent.js';
import { type ArxivId, arxivKey, arxivTitleQuery, firstVersionsWanted, lookupArxiv } from './arxiv.js';
import { type CachedValue, emptyCache, loadCache, type Section, saveCache, VerdictCache } from './cache.js';
import { searchDblp } from './dblp.js';
import { DEFAULT_DBLP_API, DEFAULT_DBLP_INTERVAL } from './defaults.js';
import { lookupDois } from './doi.js';
import { type GithubRepo, githubLinkVerdict, githubRepoKey, lookupGithubRepos } from './github.js';
import { type CheckOptions, type CheckOutcome, checkUrl, DEFAULT_RETRY, type RetryPolicy } from './http.js';
import type { NetworkProbe } from './resolver.js';
import { routeLink, withoutFragment } from './route.js';
import { createScheduler } from './scheduler.js';
import { tallyOf } from './summary.js';
import type {
  ArxivResult,
  ArxivSearchResult,
  ClientOptions,
  DblpSearchResult,
  DoiResult,
  GithubRepoResult,
  HostLimit,
  LinkVerdict,
  VerifyOptions,
  VerifyProgress,
  VerifyRequest,
  VerifyResults,
} from './types.js';
import { NETWORK_UNAVAILABLE } from './types.js';

/** Knobs tests and benches turn; the defaults are the production behaviour. */
export interface VerifyTuning {
  /** Name resolution (tests answer from a table and never ask real DNS). */
  lookup?: Lookup;
  /** Which addresses are refused when private hosts are not allowed (default: `blockedReason`). */
  policy?: AddressPolicy;
  /** Whether the network works (default: the registry APIs' names resolve); tests answer it themselves. */
  probe?: NetworkProbe;
  /** One link's time in all, in ms (default: `LINK_BUDGET_TIMEOUTS` request timeouts). */
  linkBudget?: number;
  retry?: Partial<RetryPolicy>;
  /** Minimum gap between request starts to one host in the slower final pass over transient failures. */
  finalPassInterval?: number;
  now?: () => number;
}

const DEFAULT_FINAL_PASS_INTERVAL = 1000;
/** One link's time in all (redirects, retries, waits, final pass), in request timeouts: 30 s by default. */
export const LINK_BUDGET_TIMEOUTS = 2;
/** GitHub throttles anonymous page loads hard: links there (and API fallbacks) go one or two at a time. */
const BUILT_IN_HOST_CONCURRENCY: Record<string, number> = { 'github.com': 2 };

/**
 * Each host's own limits: the built-in caps (never above `--host-concurrency`), then what the config sets,
 * which wins field by field (a user who sets github.com's concurrency means it).
 */
function hostLimitsOf(options: VerifyOptions): Record<string, HostLimit> {
  const limits: Record<string, HostLimit> = {};
  for (const [host, cap] of Object.entries(BUILT_IN_HOST_CONCURRENCY)) {
    limits[host] = { concurrency: Math.min(options.hostConcurrency, cap) };
  }
  for (const [host, own] of Object.entries(options.hostLimits ?? {})) {
    const builtIn = limits[host];
    limits[host] = {
      concurrency: own.concurrency ?? builtIn?.concurrency,
      interval: own.interval ?? builtIn?.interval,
    };
  }
  return limits;
}

/** What one run has to verify, deduplicated: several spellings of one URL or repository share one check. */
interface VerifyPlan {
  /** HTTP check key (URL without fragment) → the links as written. */
  httpKeys: Map<string, string[]>;
  /** `owner/repo` → the repository and the links to it. */
  githubLinks: Map<string, { repo: GithubRepo; urls: string[] }>;
  dois: Set<string>;
  arxivRefs: Map<string, ArxivId>;
  /** Unpinned arXiv id → the titles the lists give it. */
  arxivTitles: Map<string, string[]>;
}

function planOf(request: VerifyRequest): VerifyPlan {
  const plan: VerifyPlan = {
    httpKeys: new Map(),
    githubLinks: new Map(),
    dois: new Set(request.dois.map((doi) => doi.toLowerCase())),
    arxivRefs: new Map(request.arxiv.map(({ id, version }) => [arxivKey({ id, version }), { id, version }])),
    arxivTitles: new Map(),
  };
  for (const { id, version, title } of request.arxiv) {
    if (version !== undefined || !title) continue;
    const titles = plan.arxivTitles.get(id) ?? [];
    if (!titles.includes(title)) plan.arxivTitles.set(id, [...titles, title]);
  }
  for (const url of new Set(request.urls)) {
    const route = routeLink(url);
    if (route.kind === 'http') plan.httpKeys.set(route.key, [...(plan.httpKeys.get(route.key) ?? []), url]);
    else if (route.kind === 'doi') plan.dois.add(route.doi);
    else if (route.kind === 'github') {
      const key = githubRepoKey(route.repo);
      const known = plan.githubLinks.get(key);
      if (known) known.urls.push(url);
      else plan.githubLinks.set(key, { repo: route.repo, urls: [url] });
    }
  }
  return plan;
}

/**
 * The arXiv titles to ask DBLP about (`venues: 'dblp'`): of the papers, asked for without a version, whose
 * record names no venue and no DOI and carries authors (an older cached record has none to match).
 */
function dblpTitlesOf(
  arxiv: ReadonlyMap<string, ArxivResult>,
  asked: ReadonlyMap<string, ArxivId>,
): string[] {
  return [...arxiv].flatMap(([key, result]) => {
    if (result.status !== 'found' || asked.get(key)?.version !== undefined) return [];
    const { record } = result;
    const known = publishedVenue(record) !== undefined || record.doi !== undefined;
    return known || !record.authors?.length ? [] : [record.title];
  });
}

/**
 * Verifies every distinct web link, arXiv id and DOI of a run once: from the cache when fresh, otherwise
 * through the registries (arXiv, DOI, GitHub) or a guarded HTTP check. Link verdicts are keyed by the URL as
 * given in `request.urls`; arXiv and DOI links get no link verdict (their rules read `arxiv` and `dois`).
 */
export async function verify(
  request: VerifyRequest,
  options: VerifyOptions,
  tuning: VerifyTuning = {},
): Promise<VerifyResults> {
  const now = tuning.now ?? Date.now;
  const notice = options.onNotice ?? (() => undefined);
  const loaded = options.cachePath ? await loadCache(options.cachePath, now) : undefined;
  if (loaded?.warning) notice(loaded.warning);
  const cache = loaded?.cache ?? new VerdictCache(emptyCache(), now);

  const { httpKeys, githubLinks, dois, arxivRefs, arxivTitles } = planOf(request);

  const tally: VerifyProgress = {
    done: 0,
    total: httpKeys.size + githubLinks.size + dois.size + arxivRefs.size,
    alive: 0,
    dead: 0,
    unverified: 0,
  };
  const record = (status: string) => {
    tally.done += 1;
    tally[tallyOf(status)] += 1;
    options.onProgress?.({ ...tally });
  };

  const outcomes = new Map<string, CheckOutcome>();
  const arxiv = new Map<string, ArxivResult>();
  const doiResults = new Map<string, DoiResult>();
  const github = new Map<string, GithubRepoResult>();
  const fromCache = <T extends { status: string }>(found: T | undefined, store: (value: T) => void) => {
    if (found) {
      store(found);
      record(found.status);
    }
    return !found;
  };
  // Only what this run fetched goes into the cache: rewriting a cached result would renew its time-to-live.
  const absorb = <S extends Exclude<Section, 'links'>>(
    section: S,
    fresh: Map<string, CachedValue<S>>,
    into: Map<string, CachedValue<S>>,
  ) => {
    for (const [key, result] of fresh) {
      into.set(key, result);
      cache.set(section, key, result);
      record(result.status);
    }
  };
  const pendingHttp = [...httpKeys.keys()].filter((key) =>
    fromCache(cache.get('links', key), (verdict) => outcomes.set(key, { verdict })),
  );
  const pendingArxiv = [...arxivRefs].filter(([key]) =>
    fromCache(cache.get('arxiv', key), (r) => arxiv.set(key, r)),
  );
  // Version 1 of renamed papers: asked for after the latest versions, never counted as links.
  const firstVersions = new Map<string, ArxivResult>();
  const firstVersionsToFetch = (known: ReadonlyMap<string, ArxivResult>) =>
    firstVersionsWanted(arxivTitles, known).filter((ref) => {
      const key = arxivKey(ref);
      if (arxivRefs.has(key)) return false;
      const cached = cache.get('arxiv', key);
      if (cached) firstVersions.set(key, cached);
      return !cached;
    });
  const pendingFirstVersions = firstVersionsToFetch(arxiv);
  // Title searches come last, once every id has its result: which entries want one depends on them.
  const searches = new Map<string, ArxivSearchResult>();
  const titlesOfQuery = new Map<string, string[]>();
  const searchesToSend = (fresh: ReadonlyMap<string, ArxivResult>): string[] => {
    if (!request.titlesToSearch) return [];
    const [latest, first] = partition(new Map([...arxiv, ...firstVersions, ...fresh]), (key) =>
      arxivRefs.has(key),
    );
    addFirstTitles(latest, first);
    for (const title of request.titlesToSearch(latest)) {
      const query = arxivTitleQuery(title);
      titlesOfQuery.set(query, [...(titlesOfQuery.get(query) ?? []), title]);
    }
    const toSend: string[] = [];
    for (const query of titlesOfQuery.keys()) {
      const cached = cache.get('arxivSearches', query);
      if (cached) searches.set(query, cached);
      else if (toSend.length < (options.maxSearches ?? 0)) toSend.push(query);
    }
    return toSend;
  };
  const idsPending = pendingArxiv.length + pendingFirstVersions.length > 0;
  const pendingSearches = idsPending ? [] : searchesToSend(new Map());
  // DBLP comes after arXiv: which papers it is asked about depends on what their records say.
  const dblp = new Map<string, DblpSearchResult>();
  const dblpToAsk = (known: ReadonlyMap<string, ArxivResult>): string[] =>
    options.venues === 'dblp'
      ? dblpTitlesOf(known, arxivRefs).filter((title) => {
          const cached = cache.get('dblp', title);
          if (cached) dblp.set(title, cached);
          return !cached;
        })
      : [];
  const pendingDblp = idsPending ? [] : dblpToAsk(arxiv);
  const pendingDois = [...dois].filter((doi) =>
    fromCache(cache.get('dois', doi), (r) => doiResults.set(doi, r)),
  );
  const pendingRepos = [...githubLinks].filter(([key]) =>
    fromCache(cache.get('github', key), (r) => github.set(key, r)),
  );

  // A warm cache answers everything: no agent, no socket, no request.
  const pending =
    pendingHttp.length +
    pendingArxiv.length +
    pendingFirstVersions.length +
    pendingSearches.length +
    pendingDblp.length +
    pendingDois.length +
    pendingRepos.length;
  let requests = 0;
  if (pending > 0) {
    const guard = createGuardedAgent({
      timeout: options.timeout,
      lookup: tuning.lookup,
      policy: options.allowPrivateHosts ? allowAll : tuning.policy,
      trustedOrigins: new Set(
        [options.arxivApi, options.doiApi, options.githubApi, ...dblpApi(options)].map(
          (api) => new URL(api).origin,
        ),
      ),
      publicAddress: tuning.policy,
      probe: tuning.probe,
      // Said as soon as it is known, so that a run without network does not look stuck.
      onUnavailable: (why) =>
        notice(`Network unavailable: ${why}, so external links are marked unverifiable.`),
    });
    const retry = { ...DEFAULT_RETRY, ...tuning.retry };
    const checkOptions: CheckOptions = {
      dispatcher: guard.dispatcher,
      schedule: createScheduler({
        concurrency: options.concurrency,
        hostConcurrency: options.hostConcurrency,
        hostInterval: options.hostInterval,
        hostLimits: hostLimitsOf(options),
      }),
      userAgent: options.userAgent,
      timeout: options.timeout,
      linkBudget: tuning.linkBudget ?? options.timeout * LINK_BUDGET_TIMEOUTS,
      retry,
      hostHeaders: options.hostHeaders,
      headRefused: new Set(),
      hostFailures: new Map(),
      onRequest: () => {
        requests += 1;
      },
    };
    const client: ClientOptions = {
      dispatcher: guard.dispatcher,
      userAgent: options.userAgent,
      timeout: options.timeout,
    };

    const checked = new Map<string, Promise<CheckOutcome>>();
    const check = (key: string) => {
      let promise = checked.get(key);
      if (!promise) {
        promise = checkUrl(key, checkOptions).then((outcome) => {
          outcomes.set(key, outcome);
          return outcome;
        });
        checked.set(key, promise);
      }
      return promise;
    };

    try {
      const [arxivLookup, doiLookup, githubLookup] = await Promise.all([
        lookupArxiv(
          [...pendingArxiv.map(([, ref]) => ref), ...pendingFirstVersions],
          { ...client, api: options.arxivApi, interval: options.arxivInterval },
          firstVersionsToFetch,
          idsPending ? searchesToSend : () => pendingSearches,
        ).then(async (found) => {
          const titles = idsPending ? dblpToAsk(new Map([...arxiv, ...found.results])) : pendingDblp;
          const [api] = dblpApi(options);
          if (titles.length === 0 || api === undefined) return { ...found, dblp: undefined };
          const interval = options.dblpInterval ?? DEFAULT_DBLP_INTERVAL;
          return { ...found, dblp: await searchDblp(titles, { ...client, api, interval }) };
        }),
        lookupDois(pendingDois, { ...client, api: options.doiApi, concurrency: options.hostConcurrency }),
        lookupGithubRepos(
          pendingRepos.map(([, { repo }]) => repo),
          {
            ...client,
            api: options.githubApi,
            token: options.githubToken,
            concurrency: options.hostConcurrency,
          },
        ),
        ...pendingHttp.map((key) => check(key).then((outcome) => record(outcome.verdict.status))),
      ]);
      requests += arxivLookup.requests + doiLookup.requests + githubLookup.requests;
      requests += arxivLookup.dblp?.requests ?? 0;
      for (const [title, result] of arxivLookup.dblp?.results ?? []) {
        dblp.set(title, result);
        cache.set('dblp', title, result);
      }
      const [latest, first] = partition(arxivLookup.results, (key) => arxivRefs.has(key));
      absorb('arxiv', latest, arxiv);
      for (const [key, result] of first) {
        firstVersions.set(key, result);
        cache.set('arxiv', key, result);
      }
      for (const [query, result] of arxivLookup.searches) {
        searches.set(query, result);
        cache.set('arxivSearches', query, result);
      }
      absorb('dois', doiLookup.results, doiResults);
      absorb('github', githubLookup.results, github);
      // When the GitHub API cannot tell (rate limit), the repository pages are checked like any link.
      await Promise.all(
        [...githubLinks]
          .filter(([key]) => github.get(key)?.status === 'unverifiable')
          .flatMap(([, { urls }]) => urls.map((url) => check(withoutFragment(url)))),
      );

      if ((await guard.names.settle()) === undefined) {
        await finalPass(outcomes, checkOptions, options, tuning);
      } else {
        // Answers stand (a reachable GitHub Enterprise API, an intranet host); what needed a name says why it failed.
        for (const [key, outcome] of outcomes) {
          if (outcome.unresolvedHost !== undefined) outcomes.set(key, { verdict: UNAVAILABLE });
        }
        if (guard.names.failed(new URL(options.arxivApi).hostname)) markUnavailable(arxiv);
        if (guard.names.failed(new URL(options.doiApi).hostname)) markUnavailable(doiResults);
        const [api] = dblpApi(options);
        if (api && guard.names.failed(new URL(api).hostname)) markUnavailable(dblp);
      }
      for (const key of checked.keys()) cache.set('links', key, outcomes.get(key)!.verdict);
    } finally {
      await guard.dispatcher.close();
    }
  }

  addFirstTitles(arxiv, firstVersions);
  const links = linkVerdictsOf({ httpKeys, githubLinks }, outcomes, github);
  if (options.cachePath && loaded?.writable && pending > 0) {
    await saveCache(options.cachePath, cache, now()).catch((error: Error) =>
      notice(`Link cache ${options.cachePath} could not be written (${error.message}).`),
    );
  }

  const arxivSearches = new Map<string, ArxivSearchResult>();
  for (const [query, titles] of titlesOfQuery) {
    const result = searches.get(query);
    if (result) for (const title of titles) arxivSearches.set(title, result);
  }
  return {
    links,
    arxiv,
    dois: doiResults,
    github,
    arxivSearches,
    ...(options.venues === 'dblp' && { dblp }),
    requests,
  };
}

/** DBLP's endpoint when the run asks it (`venues: 'dblp'`), as a list of none or one. */
function dblpApi(options: VerifyOptions): string[] {
  return options.venues === 'dblp' ? [options.dblpApi ?? DEFAULT_DBLP_API] : [];
}

/** A paper as `paperlint add` needs it: its arXiv record (abstract included) and, asked, DBLP's search. */
export interface FetchedPaper {
  result: ArxivResult;
  dblp?: DblpSearchResult;
}

/**
 * Fetches papers' arXiv records with their abstracts in one batched request (no cache: the abstracts must
 * not go into it), then, with `venues: 'dblp'`, asks DBLP about those whose record names no venue.
 */
export async function fetchPapers(
  ids: readonly string[],
  options: VerifyOptions,
  tuning: VerifyTuning = {},
): Promise<Map<string, FetchedPaper>> {
  if (ids.length === 0) return new Map();
  const guard = createGuardedAgent({
    timeout: options.timeout,
    lookup: tuning.lookup,
    policy: options.allowPrivateHosts ? allowAll : tuning.policy,
    trustedOrigins: new Set([options.arxivApi, ...dblpApi(options)].map((api) => new URL(api).origin)),
    publicAddress: tuning.policy,
  });
  const client: ClientOptions = {
    dispatcher: guard.dispatcher,
    userAgent: options.userAgent,
    timeout: options.timeout,
  };
  try {
    const refs = ids.map((id) => ({ id }));
    const { results } = await lookupArxiv(refs, {
      ...client,
      api: options.arxivApi,
      interval: options.arxivInterval,
      abstracts: true,
    });
    const asked = new Map(refs.map((ref) => [ref.id, ref]));
    const titles = dblpTitlesOf(results, asked);
    const [api] = dblpApi(options);
    const dblp =
      api && titles.length > 0
        ? (
            await searchDblp(titles, {
              ...client,
              api,
              interval: options.dblpInterval ?? DEFAULT_DBLP_INTERVAL,
            })
          ).results
        : new Map<string, DblpSearchResult>();
    return new Map(
      ids.map((id) => {
        const result = results.get(id) ?? { status: 'not-found' as const };
        const search = result.status === 'found' ? dblp.get(result.record.title) : undefined;
        return [id, { result, ...(search && { dblp: search }) }];
      }),
    );
  } finally {
    await guard.dispatcher.close();
  }
}

const UNAVAILABLE = { status: 'unverifiable', reason: NETWORK_UNAVAILABLE } as const;

/** A registry whose name did not resolve answered nothing: every result it could not give is for want of network. */
function markUnavailable<V extends { status: string }>(results: Map<string, V | typeof UNAVAILABLE>): void {
  for (const [key, result] of results) if (result.status === 'unverifiable') results.set(key, UNAVAILABLE);
}

function partition<V>(map: Map<string, V>, test: (key: string) => boolean): [Map<string, V>, Map<string, V>] {
  const yes = new Map<string, V>();
  const no = new Map<string, V>();
  for (const [key, value] of map) (test(key) ? yes : no).set(key, value);
  return [yes, no];
}

/** Gives each renamed paper's record the title of its version 1 (new objects: cached records stay as fetched). */
function addFirstTitles(
  arxiv: Map<string, ArxivResult>,
  firstVersions: ReadonlyMap<string, ArxivResult>,
): void {
  for (const [key, result] of arxiv) {
    if (result.status !== 'found') continue;
    const firstKey = arxivKey({ id: result.record.id, version: 1 });
    const first = firstVersions.get(firstKey) ?? arxiv.get(firstKey);
    if (first?.status === 'found' && first.record.title !== result.record.title) {
      arxiv.set(key, { ...result, record: { ...result.record, firstTitle: first.record.title } });
    }
  }
}

/** The verdict of each link as written: its HTTP check, or its repository's API result (HTTP when undecided). */
function linkVerdictsOf(
  plan: Pick<VerifyPlan, 'httpKeys' | 'githubLinks'>,
  outcomes: Map<string, CheckOutcome>,
  github: Map<string, GithubRepoResult>,
): Map<string, LinkVerdict> {
  const links = new Map<string, LinkVerdict>();
  for (const [key, urls] of plan.httpKeys) {
    const verdict = outcomes.get(key)?.verdict;
    if (verdict) for (const url of urls) links.set(url, withFragment(verdict, url));
  }
  for (const [key, { urls }] of plan.githubLinks) {
    const result = github.get(key);
    for (const url of urls) {
      const fetched = outcomes.get(withoutFragment(url))?.verdict;
      const verdict = result && (githubLinkVerdict(url, result) ?? (fetched && withFragment(fetched, url)));
      if (verdict) links.set(url, verdict);
    }
  }
  return links;
}

/** A redirect fix keeps the link's `#fragment` when the target has none: the server never saw it. */
function withFragment(verdict: LinkVerdict, link: string): LinkVerdict {
  if (verdict.status !== 'redirect') return verdict;
  const hash = new URL(link).hash;
  if (!hash) return verdict;
  const to = new URL(verdict.to);
  if (!to.hash) to.hash = hash;
  return { ...verdict, to: to.href };
}

/**
 * Transient failures get one more, slower try: one request per host at a time, spaced (by a host's own gap
 * when the config sets a longer one), longer timeout.
 */
async function finalPass(
  outcomes: Map<string, CheckOutcome>,
  checkOptions: CheckOptions,
  options: VerifyOptions,
  tuning: VerifyTuning,
): Promise<void> {
  const retryable = [...outcomes].filter(([, outcome]) => outcome.transient).map(([key]) => key);
  if (retryable.length === 0) return;
  const interval = tuning.finalPassInterval ?? DEFAULT_FINAL_PASS_INTERVAL;
  const longerGaps = Object.entries(options.hostLimits ?? {}).flatMap(([host, own]) =>
    (own.interval ?? 0) > interval ? [[host, { interval: own.interval }] as const] : [],
  );
  const slow: CheckOptions = {
    ...checkOptions,
    schedule: createScheduler({
      concurrency: Math.max(1, Math.min(4, options.concurrency)),
      hostConcurrency: 1,
      hostInterval: interval,
      hostLimits: Object.fromEntries(longerGaps),
    }),
    timeout: options.timeout * 2,
    retry: { ...checkOptions.retry, retries: 0 },
    hostFailures: new Map(),
  };
  await Promise.all(
    retryable.map(async (key) => outcomes.set(key, await checkUrl(key, slow, outcomes.get(key)?.spent))),
  );
}
