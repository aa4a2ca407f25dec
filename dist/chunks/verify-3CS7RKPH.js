import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  VerdictCache,
  emptyCache,
  loadCache,
  saveCache
} from "./chunk-N7IEFHF4.js";
import {
  DEFAULT_DBLP_API,
  DEFAULT_DBLP_INTERVAL,
  NETWORK_UNAVAILABLE,
  NetworkUnavailableError,
  SOFT_NOT_FOUND,
  TransportError,
  UNRESOLVED_CODES,
  arxivKey,
  arxivTitleQuery,
  blockedReason,
  busyWait,
  createRunResolver,
  firstVersionsWanted,
  githubLinkVerdict,
  githubRepoKey,
  headerValue,
  lookupArxiv,
  lookupEach,
  lookupGithubRepos,
  pLimit,
  publishedVenue,
  retryAfterMs,
  routeLink,
  searchDblp,
  sendRegistryRequest,
  sleep,
  tallyOf,
  withoutFragment
} from "./chunk-EIDJZDLC.js";
import "./chunk-2B4IKTUP.js";
import "./chunk-TMKY6SYQ.js";
import {
  require_undici
} from "./chunk-VAPJLRFQ.js";
import {
  __toESM
} from "./chunk-6KEFYCYW.js";

// src/verify/agent.ts
var import_undici = __toESM(require_undici(), 1);
import { isIP } from "node:net";
var allowAll = () => void 0;
var BlockedAddressError = class extends Error {
  constructor(hostname, address, reason) {
    super(`blocked private address ${address} (${reason}) for ${hostname}`);
    this.hostname = hostname;
    this.address = address;
    this.reason = reason;
  }
  hostname;
  address;
  reason;
  code = "PAPERLINT_BLOCKED_ADDRESS";
};
function createGuardedAgent(options) {
  const policy = options.policy ?? blockedReason;
  const probeNames = [...options.trustedOrigins ?? []].map((origin) => new URL(origin).hostname).filter((hostname) => !isIP(hostname.replace(/^\[|\]$/g, "")));
  const names = createRunResolver({ ...options, probeNames });
  const connectTo = (0, import_undici.buildConnector)({ timeout: options.timeout });
  async function checkedAddress(hostname, trusted) {
    const addresses = isIP(hostname) ? [{ address: hostname, family: isIP(hostname) }] : await names.resolve(hostname, trusted);
    for (const { address } of trusted ? [] : addresses) {
      const reason = policy(address);
      if (reason) throw new BlockedAddressError(hostname, address, reason);
    }
    const chosen = addresses.find((entry) => entry.family === 4) ?? addresses[0];
    if (!chosen) throw Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" });
    return chosen.address;
  }
  const dispatcher = new import_undici.Agent({
    keepAliveTimeout: 1e4,
    connect: (connectOptions, callback) => {
      const origin = new URL(`${connectOptions.protocol}//${connectOptions.host}`).origin;
      checkedAddress(connectOptions.hostname, options.trustedOrigins?.has(origin) ?? false).then(
        (address) => connectTo({ ...connectOptions, hostname: address }, callback),
        (error) => callback(error, null)
      );
    }
  });
  return { dispatcher, names };
}

// src/verify/doi.ts
var HANDLE_FOUND = 1;
var HANDLE_NOT_FOUND = 100;
function handleUrl(api, doi) {
  return `${api.replace(/\/+$/, "")}/${doi.split("/").map(encodeURIComponent).join("/")}`;
}
function doiResultOf(status, body) {
  let code;
  try {
    code = JSON.parse(body).responseCode;
  } catch {
    return { status: "unverifiable", reason: `DOI API answered HTTP ${status} without JSON` };
  }
  if (code === HANDLE_FOUND) return { status: "found" };
  if (code === HANDLE_NOT_FOUND) return { status: "not-found" };
  return { status: "unverifiable", reason: `DOI API answered HTTP ${status}, responseCode ${String(code)}` };
}
async function lookupOne(doi, options, count) {
  const maxRetryWait = options.maxRetryWait ?? 3e4;
  for (let attempt = 0; ; attempt++) {
    count();
    let response;
    try {
      response = await sendRegistryRequest(
        handleUrl(options.api, doi),
        { headers: { accept: "application/json" } },
        options
      );
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      return { status: "unverifiable", reason: `DOI API: ${error.message}` };
    }
    if (response.status === 429 || response.status === 503) {
      const wait = busyWait(response.headers, attempt, { base: 1e3, retries: 2, maxWait: maxRetryWait });
      if (wait === void 0)
        return { status: "unverifiable", reason: `DOI API busy (HTTP ${response.status})` };
      await sleep(wait);
      continue;
    }
    return doiResultOf(response.status, response.body);
  }
}
async function lookupDois(dois, options) {
  return lookupEach(
    dois.map((doi) => [doi.toLowerCase(), doi.toLowerCase()]),
    options.concurrency,
    (doi, count) => lookupOne(doi, options, count)
  );
}

// src/verify/http.ts
var import_undici2 = __toESM(require_undici(), 1);

// src/verify/soft-404.ts
var GENERIC_SEGMENT = /^(?:index(?:\.\w+)?|default(?:\.\w+)?|home|(?:en|de|fr|es|it|ja|zh|ko|ru|pt|nl|sv|da|fi|nb|pl|cs|tr|ar|he|hi|th|vi|uk|el|hu|ro)(?:[-_][a-z]{2,4})?)$/i;
var LANDING_SEGMENT = /^(?:home|index(?:\.\w+)?|welcome|trending|latest|popular|explore|discover|search|404(?:\.html?)?|not-?found|page-?not-?found|error)$/i;
var ERROR_SEGMENT = /^(?:404(?:\.html?)?|not-?found|page-?not-?found)$/i;
var TRACKING_PARAMETER = /^(?:utm_\w+|ref|source|from)$/i;
function segmentsOf(url) {
  return url.pathname.split("/").filter((segment) => segment !== "");
}
var meaningful = (segments) => segments.filter((segment) => !GENERIC_SEGMENT.test(segment));
var hasOwnQuery = (url) => [...url.searchParams.keys()].some((name) => !TRACKING_PARAMETER.test(name));
var hostOf = (url) => url.hostname.toLowerCase().replace(/^www\./, "");
function isSoftNotFound(chain) {
  if (chain.length < 2) return false;
  const from = URL.parse(chain[0]);
  const to = URL.parse(chain[chain.length - 1]);
  if (!from || !to) return false;
  const deep = meaningful(segmentsOf(from));
  if (deep.length === 0) return false;
  const landing = segmentsOf(to);
  if (landing.some((segment) => ERROR_SEGMENT.test(segment))) return true;
  if (hasOwnQuery(to)) return false;
  if (meaningful(landing).length === 0) {
    return deep.length > 1 || hostOf(from) === hostOf(to);
  }
  return landing.length <= 2 && LANDING_SEGMENT.test(landing[landing.length - 1]) && deep.length >= landing.length;
}

// src/verify/http.ts
var MAX_REDIRECTS = 10;
var DEFAULT_RETRY = { retries: 2, backoffBase: 500, retryAfterCap: 6e4 };
var HOST_DOWN_AFTER = 3;
var CONNECTION_FAILURES = /* @__PURE__ */ new Set(["ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH"]);
function isRetryableStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status !== 501;
}
function retryDelay(attempt, retryAfter, policy, now, random) {
  const asked = retryAfterMs(retryAfter, now);
  if (asked !== void 0) return Math.min(asked, policy.retryAfterCap);
  const base = policy.backoffBase * 2 ** attempt;
  return base + base * 0.5 * random();
}
function botChallenge(headers) {
  if (headerValue(headers, "cf-mitigated") === "challenge") return "bot challenge (Cloudflare)";
  const waf = headerValue(headers, "x-amzn-waf-action");
  if (waf === "challenge" || waf === "captcha") return "bot challenge (AWS WAF)";
  return void 0;
}
function statusOutcome(status, chain) {
  if (status >= 200 && status < 400) {
    return {
      verdict: chain.length > 1 ? { status: "alive", finalUrl: chain.at(-1), chain } : { status: "alive" }
    };
  }
  if (status === 404 || status === 410) {
    return { verdict: { status: "dead", reason: `HTTP ${status}`, httpStatus: status, chain } };
  }
  const meaning = {
    401: "login required",
    403: "access denied, possibly a bot wall",
    408: "request timeout",
    429: "rate limited"
  };
  const why = meaning[status] ?? (status >= 500 ? "server error" : void 0);
  const reason = why ? `HTTP ${status} (${why})` : `HTTP ${status}`;
  return {
    verdict: { status: "unverifiable", reason, httpStatus: status },
    transient: isRetryableStatus(status)
  };
}
var TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/;
function codeOf(error) {
  const seen = error;
  return seen?.code ?? seen?.cause?.code;
}
function errorOutcome(error, hostname) {
  const blocked = error instanceof BlockedAddressError ? error : error?.cause;
  if (blocked instanceof BlockedAddressError) {
    return {
      verdict: {
        status: "unverifiable",
        reason: `blocked private address ${blocked.address} (${blocked.reason})`
      }
    };
  }
  const code = codeOf(error) ?? "unknown";
  const unverifiable = (reason, transient) => ({
    verdict: { status: "unverifiable", reason },
    transient
  });
  if (code === "ENOTFOUND") {
    return {
      verdict: { status: "dead", reason: `host name ${hostname} does not resolve` },
      unresolvedHost: hostname
    };
  }
  if (code === "EAI_AGAIN") {
    return { ...unverifiable(`DNS lookup of ${hostname} failed`, false), unresolvedHost: hostname };
  }
  if (code === NetworkUnavailableError.code) {
    return { ...unverifiable(NETWORK_UNAVAILABLE, false), unresolvedHost: hostname };
  }
  if (code === BUDGET_SPENT) return unverifiable("timed out", false);
  if (TLS_CODE.test(code)) return unverifiable(`TLS error (${code})`, false);
  if (error instanceof import_undici2.errors.HTTPParserError) return unverifiable("invalid HTTP response", true);
  if (code === "UND_ERR_CONNECT_TIMEOUT" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "ETIMEDOUT") {
    return unverifiable("timed out", true);
  }
  if (code === "ECONNREFUSED") return unverifiable("connection refused", true);
  if (code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET") {
    return unverifiable("connection reset", true);
  }
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return unverifiable("host unreachable", true);
  return unverifiable(`request failed (${code})`, false);
}
async function send(method, url, options, timeout) {
  options.onRequest();
  const deadline = AbortSignal.timeout(timeout);
  try {
    const response = await (0, import_undici2.request)(url, {
      method,
      // undici closes the connection after every HEAD unless told otherwise (undici#258); keep it.
      reset: false,
      dispatcher: options.dispatcher,
      signal: deadline,
      headers: {
        "user-agent": options.userAgent,
        accept: "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8",
        ...options.hostHeaders?.[url.hostname]
      }
    });
    await response.body.dump({ limit: 16 * 1024 }).catch(() => void 0);
    return { kind: "response", status: response.statusCode, headers: response.headers };
  } catch (error) {
    if (deadline.aborted)
      return { kind: "error", error: Object.assign(new Error("timed out"), { code: "ETIMEDOUT" }) };
    return { kind: "error", error };
  }
}
var Budget = class {
  constructor(total, spent) {
    this.total = total;
    this.spent = spent;
  }
  total;
  spent;
  get left() {
    return this.total - this.spent;
  }
  /** Runs `work`, counting its time as spent. */
  async spend(work) {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.spent += performance.now() - started;
    }
  }
};
var BUDGET_SPENT = "PAPERLINT_LINK_BUDGET";
async function fetchHeaders(url, options, budget) {
  let method = options.headRefused.has(url.host) ? "GET" : "HEAD";
  let retry = 0;
  let hostDown = false;
  const downAttempt = () => {
    const down = options.hostFailures.get(url.host);
    hostDown = down !== void 0 && down.count >= HOST_DOWN_AFTER;
    return hostDown ? down?.attempt : void 0;
  };
  const spent = () => ({
    kind: "error",
    error: Object.assign(new Error("budget spent"), { code: BUDGET_SPENT })
  });
  for (; ; ) {
    if (budget.left < options.timeout / 10) return spent();
    const attempt = await options.schedule(
      url.host,
      () => budget.spend(() => send(method, url, options, Math.ceil(Math.min(options.timeout, budget.left)))),
      downAttempt
    );
    if (hostDown) return attempt;
    noteHealth(url.host, attempt, options.hostFailures);
    const canRetry = retry < options.retry.retries;
    if (attempt.kind === "response") {
      const { status, headers } = attempt;
      if (method === "HEAD" && status >= 400) {
        if (status === 405 || status === 501) options.headRefused.add(url.host);
        method = "GET";
        if (!isRetryableStatus(status)) continue;
      }
      if (!isRetryableStatus(status) || !canRetry || botChallenge(headers)) return attempt;
      const delay = retryDelay(
        retry,
        headerValue(headers, "retry-after"),
        options.retry,
        Date.now(),
        Math.random
      );
      if (delay >= budget.left) return attempt;
      await budget.spend(() => sleep(delay));
    } else {
      if (attempt.error instanceof import_undici2.errors.HTTPParserError) {
        options.headRefused.add(url.host);
        method = "GET";
      }
      if (!errorOutcome(attempt.error, url.hostname).transient || !canRetry) return attempt;
      const delay = retryDelay(retry, void 0, options.retry, Date.now(), Math.random);
      if (delay >= budget.left) return attempt;
      await budget.spend(() => sleep(delay));
    }
    retry += 1;
  }
}
function noteHealth(host, attempt, failures) {
  const code = attempt.kind === "error" ? codeOf(attempt.error) : void 0;
  if (code && UNRESOLVED_CODES.has(code)) {
    failures.set(host, { count: HOST_DOWN_AFTER, attempt });
  } else if (code && CONNECTION_FAILURES.has(code)) {
    failures.set(host, { count: (failures.get(host)?.count ?? 0) + 1, attempt });
  } else {
    failures.delete(host);
  }
}
var isPermanent = (status) => status === 301 || status === 308;
async function checkUrl(link, options, spent = 0) {
  const budget = new Budget(options.linkBudget, spent);
  const outcome = await followLink(link, options, budget);
  return { ...outcome, spent: budget.spent };
}
async function followLink(link, options, budget) {
  let current = new URL(link);
  current.hash = "";
  const chain = [current.href];
  let permanentTo;
  let permanentStatus = 0;
  let leadingPermanent = true;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const attempt = await fetchHeaders(current, options, budget);
    if (attempt.kind === "error") return errorOutcome(attempt.error, current.hostname);
    const { status, headers } = attempt;
    const challenge = botChallenge(headers);
    if (challenge) return { verdict: { status: "unverifiable", reason: challenge, httpStatus: status } };
    const location = headerValue(headers, "location");
    if (status >= 300 && status < 400 && location) {
      const next = URL.parse(location, current.href);
      if (!next)
        return {
          verdict: { status: "unverifiable", reason: "redirect to an invalid URL", httpStatus: status }
        };
      next.hash = "";
      if (next.protocol !== "http:" && next.protocol !== "https:") {
        return {
          verdict: { status: "unverifiable", reason: `redirect to unsupported scheme ${next.protocol}` }
        };
      }
      if (chain.includes(next.href)) {
        return {
          verdict: {
            status: "dead",
            reason: "redirect loop",
            httpStatus: status,
            chain: [...chain, next.href]
          }
        };
      }
      if (leadingPermanent && isPermanent(status)) {
        permanentTo = next.href;
        permanentStatus ||= status;
      } else {
        leadingPermanent = false;
      }
      chain.push(next.href);
      current = next;
      continue;
    }
    const outcome = statusOutcome(status, chain);
    if (outcome.verdict.status === "alive" && isSoftNotFound(chain)) {
      return { verdict: { status: "dead", reason: SOFT_NOT_FOUND, httpStatus: status, chain } };
    }
    if (outcome.verdict.status === "alive" && permanentTo) {
      return {
        verdict: {
          status: "redirect",
          to: permanentTo,
          httpStatus: permanentStatus,
          chain
        }
      };
    }
    return outcome;
  }
  return { verdict: { status: "dead", reason: `more than ${MAX_REDIRECTS} redirects`, chain } };
}

// src/verify/scheduler.ts
function hostnameOf(host) {
  return host.replace(/:\d+$/, "");
}
function createScheduler(options) {
  const global = pLimit(options.concurrency);
  const hosts = /* @__PURE__ */ new Map();
  function stateOf(host) {
    let state = hosts.get(host);
    if (!state) {
      const own = options.hostLimits?.[hostnameOf(host)];
      state = {
        limit: pLimit(Math.max(1, own?.concurrency ?? options.hostConcurrency)),
        interval: own?.interval ?? options.hostInterval,
        nextStart: 0
      };
      hosts.set(host, state);
    }
    return state;
  }
  return (host, task, skip) => {
    const state = stateOf(host);
    return state.limit(async () => {
      const skipped = skip?.();
      if (skipped !== void 0) return skipped;
      if (state.interval > 0) {
        const now = Date.now();
        const start = Math.max(now, state.nextStart);
        state.nextStart = start + state.interval;
        if (start > now) await sleep(start - now);
      }
      return global(async () => skip?.() ?? task());
    });
  };
}

// src/verify/index.ts
var DEFAULT_FINAL_PASS_INTERVAL = 1e3;
var LINK_BUDGET_TIMEOUTS = 2;
var BUILT_IN_HOST_CONCURRENCY = { "github.com": 2 };
function hostLimitsOf(options) {
  const limits = {};
  for (const [host, cap] of Object.entries(BUILT_IN_HOST_CONCURRENCY)) {
    limits[host] = { concurrency: Math.min(options.hostConcurrency, cap) };
  }
  for (const [host, own] of Object.entries(options.hostLimits ?? {})) {
    const builtIn = limits[host];
    limits[host] = {
      concurrency: own.concurrency ?? builtIn?.concurrency,
      interval: own.interval ?? builtIn?.interval
    };
  }
  return limits;
}
function planOf(request2) {
  const plan = {
    httpKeys: /* @__PURE__ */ new Map(),
    githubLinks: /* @__PURE__ */ new Map(),
    dois: new Set(request2.dois.map((doi) => doi.toLowerCase())),
    arxivRefs: new Map(request2.arxiv.map(({ id, version }) => [arxivKey({ id, version }), { id, version }])),
    arxivTitles: /* @__PURE__ */ new Map()
  };
  for (const { id, version, title } of request2.arxiv) {
    if (version !== void 0 || !title) continue;
    const titles = plan.arxivTitles.get(id) ?? [];
    if (!titles.includes(title)) plan.arxivTitles.set(id, [...titles, title]);
  }
  for (const url of new Set(request2.urls)) {
    const route = routeLink(url);
    if (route.kind === "http") plan.httpKeys.set(route.key, [...plan.httpKeys.get(route.key) ?? [], url]);
    else if (route.kind === "doi") plan.dois.add(route.doi);
    else if (route.kind === "github") {
      const key = githubRepoKey(route.repo);
      const known = plan.githubLinks.get(key);
      if (known) known.urls.push(url);
      else plan.githubLinks.set(key, { repo: route.repo, urls: [url] });
    }
  }
  return plan;
}
function dblpTitlesOf(arxiv, asked) {
  return [...arxiv].flatMap(([key, result]) => {
    if (result.status !== "found" || asked.get(key)?.version !== void 0) return [];
    const { record } = result;
    const known = publishedVenue(record) !== void 0 || record.doi !== void 0;
    return known || !record.authors?.length ? [] : [record.title];
  });
}
async function verify(request2, options, tuning = {}) {
  const now = tuning.now ?? Date.now;
  const notice = options.onNotice ?? (() => void 0);
  const loaded = options.cachePath ? await loadCache(options.cachePath, now) : void 0;
  if (loaded?.warning) notice(loaded.warning);
  const cache = loaded?.cache ?? new VerdictCache(emptyCache(), now);
  const { httpKeys, githubLinks, dois, arxivRefs, arxivTitles } = planOf(request2);
  const tally = {
    done: 0,
    total: httpKeys.size + githubLinks.size + dois.size + arxivRefs.size,
    alive: 0,
    dead: 0,
    unverified: 0
  };
  const record = (status) => {
    tally.done += 1;
    tally[tallyOf(status)] += 1;
    options.onProgress?.({ ...tally });
  };
  const outcomes = /* @__PURE__ */ new Map();
  const arxiv = /* @__PURE__ */ new Map();
  const doiResults = /* @__PURE__ */ new Map();
  const github = /* @__PURE__ */ new Map();
  const fromCache = (found, store) => {
    if (found) {
      store(found);
      record(found.status);
    }
    return !found;
  };
  const absorb = (section, fresh, into) => {
    for (const [key, result] of fresh) {
      into.set(key, result);
      cache.set(section, key, result);
      record(result.status);
    }
  };
  const pendingHttp = [...httpKeys.keys()].filter(
    (key) => fromCache(cache.get("links", key), (verdict) => outcomes.set(key, { verdict }))
  );
  const pendingArxiv = [...arxivRefs].filter(
    ([key]) => fromCache(cache.get("arxiv", key), (r) => arxiv.set(key, r))
  );
  const firstVersions = /* @__PURE__ */ new Map();
  const firstVersionsToFetch = (known) => firstVersionsWanted(arxivTitles, known).filter((ref) => {
    const key = arxivKey(ref);
    if (arxivRefs.has(key)) return false;
    const cached = cache.get("arxiv", key);
    if (cached) firstVersions.set(key, cached);
    return !cached;
  });
  const pendingFirstVersions = firstVersionsToFetch(arxiv);
  const searches = /* @__PURE__ */ new Map();
  const titlesOfQuery = /* @__PURE__ */ new Map();
  const searchesToSend = (fresh) => {
    if (!request2.titlesToSearch) return [];
    const [latest, first] = partition(
      new Map([...arxiv, ...firstVersions, ...fresh]),
      (key) => arxivRefs.has(key)
    );
    addFirstTitles(latest, first);
    for (const title of request2.titlesToSearch(latest)) {
      const query = arxivTitleQuery(title);
      titlesOfQuery.set(query, [...titlesOfQuery.get(query) ?? [], title]);
    }
    const toSend = [];
    for (const query of titlesOfQuery.keys()) {
      const cached = cache.get("arxivSearches", query);
      if (cached) searches.set(query, cached);
      else if (toSend.length < (options.maxSearches ?? 0)) toSend.push(query);
    }
    return toSend;
  };
  const idsPending = pendingArxiv.length + pendingFirstVersions.length > 0;
  const pendingSearches = idsPending ? [] : searchesToSend(/* @__PURE__ */ new Map());
  const dblp = /* @__PURE__ */ new Map();
  const dblpToAsk = (known) => options.venues === "dblp" ? dblpTitlesOf(known, arxivRefs).filter((title) => {
    const cached = cache.get("dblp", title);
    if (cached) dblp.set(title, cached);
    return !cached;
  }) : [];
  const pendingDblp = idsPending ? [] : dblpToAsk(arxiv);
  const pendingDois = [...dois].filter(
    (doi) => fromCache(cache.get("dois", doi), (r) => doiResults.set(doi, r))
  );
  const pendingRepos = [...githubLinks].filter(
    ([key]) => fromCache(cache.get("github", key), (r) => github.set(key, r))
  );
  const pending = pendingHttp.length + pendingArxiv.length + pendingFirstVersions.length + pendingSearches.length + pendingDblp.length + pendingDois.length + pendingRepos.length;
  let requests = 0;
  if (pending > 0) {
    const guard = createGuardedAgent({
      timeout: options.timeout,
      lookup: tuning.lookup,
      policy: options.allowPrivateHosts ? allowAll : tuning.policy,
      trustedOrigins: new Set(
        [options.arxivApi, options.doiApi, options.githubApi, ...dblpApi(options)].map(
          (api) => new URL(api).origin
        )
      ),
      publicAddress: tuning.policy,
      probe: tuning.probe,
      // Said as soon as it is known, so that a run without network does not look stuck.
      onUnavailable: (why) => notice(`Network unavailable: ${why}, so external links are marked unverifiable.`)
    });
    const retry = { ...DEFAULT_RETRY, ...tuning.retry };
    const checkOptions = {
      dispatcher: guard.dispatcher,
      schedule: createScheduler({
        concurrency: options.concurrency,
        hostConcurrency: options.hostConcurrency,
        hostInterval: options.hostInterval,
        hostLimits: hostLimitsOf(options)
      }),
      userAgent: options.userAgent,
      timeout: options.timeout,
      linkBudget: tuning.linkBudget ?? options.timeout * LINK_BUDGET_TIMEOUTS,
      retry,
      hostHeaders: options.hostHeaders,
      headRefused: /* @__PURE__ */ new Set(),
      hostFailures: /* @__PURE__ */ new Map(),
      onRequest: () => {
        requests += 1;
      }
    };
    const client = {
      dispatcher: guard.dispatcher,
      userAgent: options.userAgent,
      timeout: options.timeout
    };
    const checked = /* @__PURE__ */ new Map();
    const check = (key) => {
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
          idsPending ? searchesToSend : () => pendingSearches
        ).then(async (found) => {
          const titles = idsPending ? dblpToAsk(new Map([...arxiv, ...found.results])) : pendingDblp;
          const [api] = dblpApi(options);
          if (titles.length === 0 || api === void 0) return { ...found, dblp: void 0 };
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
            concurrency: options.hostConcurrency
          }
        ),
        ...pendingHttp.map((key) => check(key).then((outcome) => record(outcome.verdict.status)))
      ]);
      requests += arxivLookup.requests + doiLookup.requests + githubLookup.requests;
      requests += arxivLookup.dblp?.requests ?? 0;
      for (const [title, result] of arxivLookup.dblp?.results ?? []) {
        dblp.set(title, result);
        cache.set("dblp", title, result);
      }
      const [latest, first] = partition(arxivLookup.results, (key) => arxivRefs.has(key));
      absorb("arxiv", latest, arxiv);
      for (const [key, result] of first) {
        firstVersions.set(key, result);
        cache.set("arxiv", key, result);
      }
      for (const [query, result] of arxivLookup.searches) {
        searches.set(query, result);
        cache.set("arxivSearches", query, result);
      }
      absorb("dois", doiLookup.results, doiResults);
      absorb("github", githubLookup.results, github);
      await Promise.all(
        [...githubLinks].filter(([key]) => github.get(key)?.status === "unverifiable").flatMap(([, { urls }]) => urls.map((url) => check(withoutFragment(url))))
      );
      if (await guard.names.settle() === void 0) {
        await finalPass(outcomes, checkOptions, options, tuning);
      } else {
        for (const [key, outcome] of outcomes) {
          if (outcome.unresolvedHost !== void 0) outcomes.set(key, { verdict: UNAVAILABLE });
        }
        if (guard.names.failed(new URL(options.arxivApi).hostname)) markUnavailable(arxiv);
        if (guard.names.failed(new URL(options.doiApi).hostname)) markUnavailable(doiResults);
        const [api] = dblpApi(options);
        if (api && guard.names.failed(new URL(api).hostname)) markUnavailable(dblp);
      }
      for (const key of checked.keys()) cache.set("links", key, outcomes.get(key).verdict);
    } finally {
      await guard.dispatcher.close();
    }
  }
  addFirstTitles(arxiv, firstVersions);
  const links = linkVerdictsOf({ httpKeys, githubLinks }, outcomes, github);
  if (options.cachePath && loaded?.writable && pending > 0) {
    await saveCache(options.cachePath, cache, now()).catch(
      (error) => notice(`Link cache ${options.cachePath} could not be written (${error.message}).`)
    );
  }
  const arxivSearches = /* @__PURE__ */ new Map();
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
    ...options.venues === "dblp" && { dblp },
    requests
  };
}
function dblpApi(options) {
  return options.venues === "dblp" ? [options.dblpApi ?? DEFAULT_DBLP_API] : [];
}
async function fetchPapers(ids, options, tuning = {}) {
  if (ids.length === 0) return /* @__PURE__ */ new Map();
  const guard = createGuardedAgent({
    timeout: options.timeout,
    lookup: tuning.lookup,
    policy: options.allowPrivateHosts ? allowAll : tuning.policy,
    trustedOrigins: new Set([options.arxivApi, ...dblpApi(options)].map((api) => new URL(api).origin)),
    publicAddress: tuning.policy
  });
  const client = {
    dispatcher: guard.dispatcher,
    userAgent: options.userAgent,
    timeout: options.timeout
  };
  try {
    const refs = ids.map((id) => ({ id }));
    const { results } = await lookupArxiv(refs, {
      ...client,
      api: options.arxivApi,
      interval: options.arxivInterval,
      abstracts: true
    });
    const asked = new Map(refs.map((ref) => [ref.id, ref]));
    const titles = dblpTitlesOf(results, asked);
    const [api] = dblpApi(options);
    const dblp = api && titles.length > 0 ? (await searchDblp(titles, {
      ...client,
      api,
      interval: options.dblpInterval ?? DEFAULT_DBLP_INTERVAL
    })).results : /* @__PURE__ */ new Map();
    return new Map(
      ids.map((id) => {
        const result = results.get(id) ?? { status: "not-found" };
        const search = result.status === "found" ? dblp.get(result.record.title) : void 0;
        return [id, { result, ...search && { dblp: search } }];
      })
    );
  } finally {
    await guard.dispatcher.close();
  }
}
var UNAVAILABLE = { status: "unverifiable", reason: NETWORK_UNAVAILABLE };
function markUnavailable(results) {
  for (const [key, result] of results) if (result.status === "unverifiable") results.set(key, UNAVAILABLE);
}
function partition(map, test) {
  const yes = /* @__PURE__ */ new Map();
  const no = /* @__PURE__ */ new Map();
  for (const [key, value] of map) (test(key) ? yes : no).set(key, value);
  return [yes, no];
}
function addFirstTitles(arxiv, firstVersions) {
  for (const [key, result] of arxiv) {
    if (result.status !== "found") continue;
    const firstKey = arxivKey({ id: result.record.id, version: 1 });
    const first = firstVersions.get(firstKey) ?? arxiv.get(firstKey);
    if (first?.status === "found" && first.record.title !== result.record.title) {
      arxiv.set(key, { ...result, record: { ...result.record, firstTitle: first.record.title } });
    }
  }
}
function linkVerdictsOf(plan, outcomes, github) {
  const links = /* @__PURE__ */ new Map();
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
function withFragment(verdict, link) {
  if (verdict.status !== "redirect") return verdict;
  const hash = new URL(link).hash;
  if (!hash) return verdict;
  const to = new URL(verdict.to);
  if (!to.hash) to.hash = hash;
  return { ...verdict, to: to.href };
}
async function finalPass(outcomes, checkOptions, options, tuning) {
  const retryable = [...outcomes].filter(([, outcome]) => outcome.transient).map(([key]) => key);
  if (retryable.length === 0) return;
  const interval = tuning.finalPassInterval ?? DEFAULT_FINAL_PASS_INTERVAL;
  const longerGaps = Object.entries(options.hostLimits ?? {}).flatMap(
    ([host, own]) => (own.interval ?? 0) > interval ? [[host, { interval: own.interval }]] : []
  );
  const slow = {
    ...checkOptions,
    schedule: createScheduler({
      concurrency: Math.max(1, Math.min(4, options.concurrency)),
      hostConcurrency: 1,
      hostInterval: interval,
      hostLimits: Object.fromEntries(longerGaps)
    }),
    timeout: options.timeout * 2,
    retry: { ...checkOptions.retry, retries: 0 },
    hostFailures: /* @__PURE__ */ new Map()
  };
  await Promise.all(
    retryable.map(async (key) => outcomes.set(key, await checkUrl(key, slow, outcomes.get(key)?.spent)))
  );
}
export {
  LINK_BUDGET_TIMEOUTS,
  fetchPapers,
  verify
};
