import {
  RULE_IDS,
  TransportError,
  arxivKey,
  buildPaperList,
  busyWait,
  firstVersionsWanted,
  githubLinkVerdict,
  githubRepoKey,
  githubRepoOf,
  headerValue,
  inlineSuppressions,
  linksOf,
  lookupArxiv,
  lookupEach,
  lookupGithubRepos,
  markdownPlugins,
  networkRules,
  offlineRules,
  paperListOf,
  parseArxivId,
  parseMarkdown,
  reportedSpan,
  retryAfterMs,
  safeDecode,
  sendRegistryRequest,
  sleep,
  stripBom,
  versionedId
} from "./chunks/chunk-A4LDYOCM.js";

// src/lint.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import path from "node:path";
import { unified } from "unified";
import { VFile } from "vfile";

// src/config/validate.ts
import { Ajv } from "ajv";

// schema/paperlintrc.schema.json
var paperlintrc_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/paperlint/paperlint/raw/main/schema/paperlintrc.schema.json",
  title: "paperlint configuration",
  description: 'Configuration for paperlint: .paperlintrc.json, .paperlintrc, or the "paperlint" key of package.json.',
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      description: "The JSON schema of this file, for editors.",
      type: "string"
    },
    rules: {
      description: "Severity and options per rule.",
      type: "object",
      additionalProperties: false,
      properties: {
        "entry-format": { $ref: "#/definitions/ruleSetting" },
        "duplicate-entry": { $ref: "#/definitions/ruleSetting" },
        "conflicting-link": { $ref: "#/definitions/ruleSetting" },
        "arxiv-url": { $ref: "#/definitions/ruleSetting" },
        "arxiv-date": { $ref: "#/definitions/ruleSetting" },
        "entry-order": { $ref: "#/definitions/ruleSetting" },
        "dead-link": { $ref: "#/definitions/ruleSetting" },
        redirect: { $ref: "#/definitions/ruleSetting" },
        "unverified-link": { $ref: "#/definitions/ruleSetting" },
        "arxiv-not-found": { $ref: "#/definitions/ruleSetting" },
        "arxiv-title-mismatch": { $ref: "#/definitions/ruleSetting" },
        "arxiv-withdrawn": { $ref: "#/definitions/ruleSetting" },
        "doi-not-found": { $ref: "#/definitions/ruleSetting" },
        "github-repo": { $ref: "#/definitions/ruleSetting" }
      }
    },
    ignore: {
      description: "Globs of files not to lint.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    hosts: {
      description: "Settings per host name used when checking links, e.g. request headers.",
      type: "object",
      additionalProperties: { $ref: "#/definitions/hostSettings" }
    }
  },
  definitions: {
    severity: {
      description: '"off" disables the rule; the others set the severity of its findings.',
      enum: ["off", "info", "warning", "error"]
    },
    ruleSetting: {
      description: "A severity, or [severity, options].",
      if: { type: "array" },
      then: {
        type: "array",
        items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/ruleOptions" }],
        minItems: 1,
        maxItems: 2
      },
      else: { $ref: "#/definitions/severity" }
    },
    ruleOptions: {
      description: "Options of the rule (see the rule's documentation).",
      type: "object"
    },
    hostSettings: {
      type: "object",
      additionalProperties: false,
      properties: {
        headers: {
          description: "Extra request headers sent to this host.",
          type: "object",
          additionalProperties: { type: "string" }
        }
      }
    }
  }
};

// src/config/validate.ts
var TOP_LEVEL_KEYS = Object.keys(paperlintrc_schema_default.properties).filter((key) => key !== "$schema");

// src/config/rules.ts
function resolveRuleSettings(config) {
  const settings = /* @__PURE__ */ new Map();
  for (const id of RULE_IDS) {
    const setting = config.rules?.[id];
    if (setting === void 0) settings.set(id, {});
    else if (typeof setting === "string") settings.set(id, { severity: setting });
    else settings.set(id, { severity: setting[0], ...setting[1] !== void 0 && { options: setting[1] } });
  }
  return settings;
}

// src/report/counts.ts
function countSeverities(findings) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
function plural(count, noun, nouns = `${noun}s`) {
  return `${count} ${count === 1 ? noun : nouns}`;
}
function problemsText(counts) {
  const total = counts.error + counts.warning + counts.info;
  return `${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info")})`;
}
function linksText(links) {
  if (links.checked === 0) return void 0;
  return `Links: ${links.checked} checked, ${links.alive} alive, ${links.dead} dead, ${links.unverified} unverified`;
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  for (const group of groups.values()) group.sort((a, b) => a.line - b.line || a.column - b.column);
  return groups;
}

// src/version.ts
var VERSION = "0.1.0";

// src/verify/agent.ts
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { Agent, buildConnector } from "undici";

// src/verify/address.ts
import { isIPv4, isIPv6 } from "node:net";
function v4(text) {
  return text.split(".").reduce((value, part) => value * 256 + Number(part), 0);
}
function range(cidr, reason) {
  const [base, bits] = cidr.split("/");
  return { base: v4(base), bits: Number(bits), reason };
}
var BLOCKED_V4 = [
  range("0.0.0.0/8", "unspecified"),
  range("10.0.0.0/8", "private"),
  range("100.64.0.0/10", "shared address space (CGNAT)"),
  range("127.0.0.0/8", "loopback"),
  range("169.254.0.0/16", "link-local"),
  range("172.16.0.0/12", "private"),
  range("192.0.0.0/24", "IETF protocol assignments"),
  range("192.168.0.0/16", "private"),
  range("198.18.0.0/15", "benchmarking"),
  range("224.0.0.0/4", "multicast"),
  range("240.0.0.0/4", "reserved")
];
function v4Reason(value) {
  for (const { base, bits, reason } of BLOCKED_V4) {
    const size = 2 ** (32 - bits);
    if (Math.floor(value / size) === Math.floor(base / size)) return reason;
  }
  return void 0;
}
function v6Groups(text) {
  let address = text.split("%")[0].toLowerCase();
  const dotted = address.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const value = v4(dotted[1]);
    address = `${address.slice(0, -dotted[1].length)}${Math.floor(value / 65536).toString(16)}:${(value % 65536).toString(16)}`;
  }
  const [head, tail] = address.includes("::") ? address.split("::") : [address, void 0];
  const parse = (part) => part ? part.split(":").map((group) => Number.parseInt(group, 16)) : [];
  const front = parse(head);
  if (tail === void 0) return front;
  const back = parse(tail);
  return [...front, ...new Array(8 - front.length - back.length).fill(0), ...back];
}
function v4Of(high, low) {
  return high * 65536 + low;
}
function v6Reason(groups) {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups;
  const zeroTo = (end) => groups.slice(0, end).every((group) => group === 0);
  if (zeroTo(8)) return "unspecified";
  if (zeroTo(7) && g7 === 1) return "loopback";
  if (zeroTo(5) && g5 === 65535) return mapped(v4Of(g6, g7));
  if (zeroTo(4) && g4 === 65535 && g5 === 0) return mapped(v4Of(g6, g7));
  if (zeroTo(6)) return mapped(v4Of(g6, g7)) ?? "IPv4-compatible";
  if (g0 === 100 && g1 === 65435 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return mapped(v4Of(g6, g7));
  if (g0 === 100 && g1 === 65435 && g2 === 1) return "local-use NAT64";
  if (g0 === 8194) return mapped(v4Of(g1, g2));
  if ((g0 & 65024) === 64512) return "unique local";
  if ((g0 & 65472) === 65152) return "link-local";
  if ((g0 & 65472) === 65216) return "site-local";
  if ((g0 & 65280) === 65280) return "multicast";
  return void 0;
}
function mapped(value) {
  const reason = v4Reason(value);
  return reason && `${reason}, IPv4 embedded in IPv6`;
}
function blockedReason(ip) {
  if (isIPv4(ip)) return v4Reason(v4(ip));
  if (isIPv6(ip.split("%")[0])) return v6Reason(v6Groups(ip));
  return "not an IP address";
}

// src/verify/agent.ts
var systemLookup = (hostname) => dnsLookup(hostname, { all: true });
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
function withTimeout(promise, ms, hostname) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`DNS lookup of ${hostname} timed out`), { code: "EAI_AGAIN" })),
      ms
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
function createGuardedAgent(options) {
  const lookup = options.lookup ?? systemLookup;
  const policy = options.policy ?? blockedReason;
  const dns = { resolved: /* @__PURE__ */ new Set(), unresolved: /* @__PURE__ */ new Set() };
  const connectTo = buildConnector({ timeout: options.timeout });
  async function checkedAddress(hostname, trusted) {
    let addresses;
    if (isIP(hostname)) {
      addresses = [{ address: hostname, family: isIP(hostname) }];
    } else {
      try {
        addresses = await withTimeout(lookup(hostname), options.timeout, hostname);
      } catch (error) {
        dns.unresolved.add(hostname);
        throw error;
      }
      dns.resolved.add(hostname);
    }
    for (const { address } of trusted ? [] : addresses) {
      const reason = policy(address);
      if (reason) throw new BlockedAddressError(hostname, address, reason);
    }
    const chosen = addresses.find((entry) => entry.family === 4) ?? addresses[0];
    if (!chosen) throw Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" });
    return chosen.address;
  }
  const dispatcher = new Agent({
    keepAliveTimeout: 1e4,
    connect: (connectOptions, callback) => {
      const origin = new URL(`${connectOptions.protocol}//${connectOptions.host}`).origin;
      checkedAddress(connectOptions.hostname, options.trustedOrigins?.has(origin) ?? false).then(
        (address) => connectTo({ ...connectOptions, hostname: address }, callback),
        (error) => callback(error, null)
      );
    }
  });
  return { dispatcher, dns };
}

// src/verify/cache.ts
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
var CACHE_VERSION = 1;
var FORMAT = "paperlint-cache";
var DAY = 24 * 60 * 60 * 1e3;
var TTL = { alive: 7 * DAY, dead: DAY, metadata: 7 * DAY };
function ttlOf(section, value) {
  switch (value.status) {
    case "unverifiable":
      return 0;
    case "dead":
    case "not-found":
      return TTL.dead;
    default:
      return section === "links" ? TTL.alive : TTL.metadata;
  }
}
var emptyCache = () => ({ links: {}, arxiv: {}, dois: {}, github: {} });
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function parseCache(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: "ignored", why: "is not valid JSON", overwrite: true };
  }
  if (!isRecord(json) || json.format !== FORMAT) {
    return { kind: "ignored", why: "is not a paperlint cache", overwrite: false };
  }
  if (json.version !== CACHE_VERSION) {
    return { kind: "ignored", why: `has cache format version ${String(json.version)}`, overwrite: true };
  }
  const data = emptyCache();
  for (const section of Object.keys(data)) {
    const stored = json[section];
    if (!isRecord(stored))
      return { kind: "ignored", why: `has a malformed "${section}" section`, overwrite: true };
    for (const [key, entry] of Object.entries(stored)) {
      if (isRecord(entry) && typeof entry.at === "number" && isRecord(entry.value) && typeof entry.value.status === "string") {
        data[section][key] = entry;
      }
    }
  }
  return { kind: "ok", data };
}
function serializeCache(data, now) {
  const fresh = emptyCache();
  for (const section of Object.keys(data)) {
    for (const [key, entry] of Object.entries(data[section])) {
      if (now - entry.at < ttlOf(section, entry.value))
        fresh[section][key] = entry;
    }
  }
  return `${JSON.stringify({ format: FORMAT, version: CACHE_VERSION, ...fresh })}
`;
}
var VerdictCache = class {
  constructor(data = emptyCache(), now = Date.now) {
    this.data = data;
    this.now = now;
  }
  data;
  now;
  get(section, key) {
    const entry = this.data[section][key];
    if (!entry) return void 0;
    return this.now() - entry.at < ttlOf(section, entry.value) ? entry.value : void 0;
  }
  set(section, key, value) {
    if (ttlOf(section, value) > 0)
      this.data[section][key] = { value, at: this.now() };
  }
};
async function loadCache(path3, now = Date.now) {
  let text;
  try {
    text = await readFile(path3, "utf8");
  } catch (error) {
    if (error.code === "ENOENT")
      return { cache: new VerdictCache(emptyCache(), now), writable: true };
    return {
      cache: new VerdictCache(emptyCache(), now),
      writable: false,
      warning: `Link cache ${path3} could not be read (${error.message}); ignoring it.`
    };
  }
  const parsed = parseCache(text);
  if (parsed.kind === "ok") return { cache: new VerdictCache(parsed.data, now), writable: true };
  const consequence = parsed.overwrite ? "ignoring and replacing it" : "ignoring it and not writing to it";
  return {
    cache: new VerdictCache(emptyCache(), now),
    writable: parsed.overwrite,
    warning: `Link cache ${path3} ${parsed.why}; ${consequence}.`
  };
}
async function saveCache(path3, cache, now = Date.now()) {
  const temporary = `${path3}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, serializeCache(cache.data, now));
    await rename(temporary, path3);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
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
import { errors, request } from "undici";
var MAX_REDIRECTS = 10;
var DEFAULT_RETRY = { retries: 2, backoffBase: 500, retryAfterCap: 6e4 };
var HOST_DOWN_AFTER = 3;
var CONNECTION_FAILURES = /* @__PURE__ */ new Set([
  "ETIMEDOUT",
  "ECONNREFUSED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN"
]);
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
    return { ...unverifiable(`DNS lookup of ${hostname} failed`, true), unresolvedHost: hostname };
  }
  if (TLS_CODE.test(code)) return unverifiable(`TLS error (${code})`, false);
  if (error instanceof errors.HTTPParserError) return unverifiable("invalid HTTP response", true);
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
async function send(method, url, options) {
  options.onRequest();
  const deadline = AbortSignal.timeout(options.timeout);
  try {
    const response = await request(url, {
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
async function fetchHeaders(url, options) {
  let method = options.headRefused.has(url.host) ? "GET" : "HEAD";
  let retry = 0;
  let hostDown = false;
  const downAttempt = () => {
    const down = options.hostFailures.get(url.host);
    hostDown = down !== void 0 && down.count >= HOST_DOWN_AFTER;
    return hostDown ? down?.attempt : void 0;
  };
  for (; ; ) {
    const attempt = await options.schedule(url.host, () => send(method, url, options), downAttempt);
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
      await sleep(
        retryDelay(retry, headerValue(headers, "retry-after"), options.retry, Date.now(), Math.random)
      );
    } else {
      if (attempt.error instanceof errors.HTTPParserError) {
        options.headRefused.add(url.host);
        method = "GET";
      }
      if (!errorOutcome(attempt.error, url.hostname).transient || !canRetry) return attempt;
      await sleep(retryDelay(retry, void 0, options.retry, Date.now(), Math.random));
    }
    retry += 1;
  }
}
function noteHealth(host, attempt, failures) {
  const code = attempt.kind === "error" ? codeOf(attempt.error) : void 0;
  if (code && CONNECTION_FAILURES.has(code)) {
    failures.set(host, { count: (failures.get(host)?.count ?? 0) + 1, attempt });
  } else {
    failures.delete(host);
  }
}
var isPermanent = (status) => status === 301 || status === 308;
async function checkUrl(link, options) {
  let current = new URL(link);
  current.hash = "";
  const chain = [current.href];
  let permanentTo;
  let permanentStatus = 0;
  let leadingPermanent = true;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const attempt = await fetchHeaders(current, options);
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

// src/verify/route.ts
var DOI_RESOLVERS = /* @__PURE__ */ new Set(["doi.org", "dx.doi.org", "www.doi.org"]);
var DOI = /^10\.\d{4,9}\/\S+$/;
function routeLink(link) {
  let url;
  try {
    url = new URL(link);
  } catch {
    return { kind: "skip" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { kind: "skip" };
  const host = url.hostname.toLowerCase();
  if (host === "arxiv.org" || host.endsWith(".arxiv.org")) return { kind: "arxiv" };
  if (DOI_RESOLVERS.has(host)) {
    const doi = safeDecode(url.pathname.slice(1)).toLowerCase();
    if (DOI.test(doi)) return { kind: "doi", doi };
  }
  if (host === "github.com" || host === "www.github.com") {
    const repo = githubRepoOf(link);
    if (repo) return { kind: "github", repo };
  }
  url.hash = "";
  return { kind: "http", key: url.href };
}
function withoutFragment(url) {
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed.href;
}

// src/verify/scheduler.ts
import pLimit from "p-limit";
function createScheduler(options) {
  const global = pLimit(options.concurrency);
  const hosts = /* @__PURE__ */ new Map();
  function stateOf(host) {
    let state = hosts.get(host);
    if (!state) {
      const limit = Math.min(options.hostConcurrency, options.hostLimits?.[host] ?? Number.POSITIVE_INFINITY);
      state = { limit: pLimit(Math.max(1, limit)), nextStart: 0 };
      hosts.set(host, state);
    }
    return state;
  }
  return (host, task, skip) => {
    const state = stateOf(host);
    return state.limit(async () => {
      const skipped = skip?.();
      if (skipped !== void 0) return skipped;
      const now = Date.now();
      const start = Math.max(now, state.nextStart);
      state.nextStart = start + options.hostInterval;
      if (start > now) await sleep(start - now);
      return global(async () => skip?.() ?? task());
    });
  };
}

// src/verify/index.ts
var REPOSITORY_URL = "https://github.com/paperlint/paperlint";
function userAgentOf(version) {
  return `paperlint/${version} (+${REPOSITORY_URL})`;
}
var DEFAULT_HOST_INTERVAL = 20;
var DEFAULT_FINAL_PASS_INTERVAL = 1e3;
var HOST_LIMITS = { "github.com": 2 };
function tallyOf(status) {
  if (status === "alive" || status === "redirect" || status === "found" || status === "moved") return "alive";
  return status === "dead" || status === "not-found" ? "dead" : "unverified";
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
    for (const [key, result2] of fresh) {
      into.set(key, result2);
      cache.set(section, key, result2);
      record(result2.status);
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
  const pendingDois = [...dois].filter(
    (doi) => fromCache(cache.get("dois", doi), (r) => doiResults.set(doi, r))
  );
  const pendingRepos = [...githubLinks].filter(
    ([key]) => fromCache(cache.get("github", key), (r) => github.set(key, r))
  );
  const pending = pendingHttp.length + pendingArxiv.length + pendingFirstVersions.length + pendingDois.length + pendingRepos.length;
  let requests = 0;
  if (pending > 0) {
    const guard = createGuardedAgent({
      timeout: options.timeout,
      lookup: tuning.lookup,
      policy: options.allowPrivateHosts ? allowAll : tuning.policy,
      trustedOrigins: new Set(
        [options.arxivApi, options.doiApi, options.githubApi].map((api) => new URL(api).origin)
      )
    });
    const retry = { ...DEFAULT_RETRY, ...tuning.retry };
    const checkOptions = {
      dispatcher: guard.dispatcher,
      schedule: createScheduler({
        concurrency: options.concurrency,
        hostConcurrency: options.hostConcurrency,
        hostInterval: tuning.hostInterval ?? DEFAULT_HOST_INTERVAL,
        hostLimits: HOST_LIMITS
      }),
      userAgent: options.userAgent,
      timeout: options.timeout,
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
          firstVersionsToFetch
        ),
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
      const [latest, first] = partition(arxivLookup.results, (key) => arxivRefs.has(key));
      absorb("arxiv", latest, arxiv);
      for (const [key, result2] of first) {
        firstVersions.set(key, result2);
        cache.set("arxiv", key, result2);
      }
      absorb("dois", doiLookup.results, doiResults);
      absorb("github", githubLookup.results, github);
      await Promise.all(
        [...githubLinks].filter(([key]) => github.get(key)?.status === "unverifiable").flatMap(([, { urls }]) => urls.map((url) => check(withoutFragment(url))))
      );
      const offline = guard.dns.resolved.size === 0 && guard.dns.unresolved.size > 0;
      if (offline) {
        notice("Network unavailable: no host name resolves, so external links are marked unverifiable.");
        for (const [key, outcome] of outcomes) {
          if (outcome.verdict.status !== "alive" && outcome.verdict.status !== "redirect" && checked.has(key)) {
            outcomes.set(key, { verdict: { status: "unverifiable", reason: "network unavailable" } });
          }
        }
      } else {
        await finalPass(outcomes, checkOptions, options, tuning);
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
  return { links, arxiv, dois: doiResults, github, requests };
}
function partition(map, test) {
  const yes = /* @__PURE__ */ new Map();
  const no = /* @__PURE__ */ new Map();
  for (const [key, value] of map) (test(key) ? yes : no).set(key, value);
  return [yes, no];
}
function addFirstTitles(arxiv, firstVersions) {
  for (const [key, result2] of arxiv) {
    if (result2.status !== "found") continue;
    const firstKey = arxivKey({ id: result2.record.id, version: 1 });
    const first = firstVersions.get(firstKey) ?? arxiv.get(firstKey);
    if (first?.status === "found" && first.record.title !== result2.record.title) {
      arxiv.set(key, { ...result2, record: { ...result2.record, firstTitle: first.record.title } });
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
    const result2 = github.get(key);
    for (const url of urls) {
      const fetched = outcomes.get(withoutFragment(url))?.verdict;
      const verdict = result2 && (githubLinkVerdict(url, result2) ?? (fetched && withFragment(fetched, url)));
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
  const slow = {
    ...checkOptions,
    schedule: createScheduler({
      concurrency: Math.max(1, Math.min(4, options.concurrency)),
      hostConcurrency: 1,
      hostInterval: tuning.finalPassInterval ?? DEFAULT_FINAL_PASS_INTERVAL
    }),
    timeout: options.timeout * 2,
    retry: { ...checkOptions.retry, retries: 0 },
    hostFailures: /* @__PURE__ */ new Map()
  };
  await Promise.all(retryable.map(async (key) => outcomes.set(key, await checkUrl(key, slow))));
}
function summarizeLinks(results) {
  const counts = { checked: 0, alive: 0, dead: 0, unverified: 0 };
  for (const { status } of [...results.links.values(), ...results.arxiv.values(), ...results.dois.values()]) {
    counts.checked += 1;
    counts[tallyOf(status)] += 1;
  }
  return counts;
}

// src/verify/defaults.ts
var DEFAULT_VERIFY_OPTIONS = {
  concurrency: 32,
  hostConcurrency: 4,
  timeout: 15e3,
  arxivApi: "https://export.arxiv.org/api/query",
  arxivInterval: 3e3,
  doiApi: "https://doi.org/api/handles",
  githubApi: "https://api.github.com",
  allowPrivateHosts: false,
  cachePath: void 0,
  userAgent: userAgentOf(VERSION)
};

// src/lint.ts
var InputError = class extends Error {
  name = "InputError";
};
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
async function readListFile(filePath, shownAs = filePath) {
  let info;
  try {
    info = await stat(filePath);
  } catch (error) {
    const code = error.code;
    throw new InputError(
      code === "ENOENT" ? `${shownAs}: no such file` : `${shownAs}: cannot read (${code})`
    );
  }
  if (info.isDirectory()) throw new InputError(`${shownAs}: is a directory, expected a Markdown file`);
  let bytes;
  try {
    bytes = await readFile2(filePath);
  } catch (error) {
    throw new InputError(`${shownAs}: cannot read (${error.code})`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${shownAs}: binary file, expected Markdown`);
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
}
function offlineProcessor(config) {
  const settings = resolveRuleSettings(config ?? {});
  const processor = unified().use(markdownPlugins);
  for (const rule of offlineRules) {
    const setting = settings.get(rule.id);
    if (setting?.severity === "off") continue;
    processor.use(rule.plugin, setting?.options);
  }
  return { processor: processor.freeze(), settings };
}
function toFinding(file, list, rule, finding, severity) {
  const { span: _ruleSpan, severityByOption, ...rest } = finding;
  const span = reportedSpan(list, finding);
  return {
    file,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    rule,
    ...rest,
    severity: (severityByOption ? void 0 : severity) ?? finding.severity
  };
}
function lintText(text, file, options = {}) {
  const { processor, settings } = offlineProcessor(options.config);
  const source = stripBom(text);
  const vfile = new VFile({ path: file, value: source, data: { paperlintToday: options.today } });
  const tree = processor.parse(vfile);
  processor.runSync(tree, vfile);
  const suppressed = inlineSuppressions(tree, source);
  const list = paperListOf(tree, vfile);
  const findings = [];
  for (const message of vfile.messages) {
    const data = message.paperlint;
    const rule = message.ruleId;
    if (!data || suppressed(rule, data.span.start.line)) continue;
    const configured = settings.get(rule)?.severity;
    findings.push(toFinding(file, list, rule, data, configured === "off" ? void 0 : configured));
  }
  return { file, list, findings, suppressed };
}
function displayPath(filePath, cwd) {
  const relative = path.relative(cwd, path.resolve(cwd, filePath));
  return (relative.startsWith("..") ? path.resolve(cwd, filePath) : relative).split(path.sep).join("/");
}
function sortFindings(findings) {
  return findings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule)
  );
}
function summarize(files, findings, links) {
  const { error, warning, info } = countSeverities(findings);
  return {
    files: files.length,
    entries: files.reduce((sum, f) => sum + f.list.entries.length, 0),
    errors: error,
    warnings: warning,
    infos: info,
    links: links ?? { checked: 0, alive: 0, dead: 0, unverified: 0 }
  };
}
function verifyRequestOf(files, lines = () => true, today = /* @__PURE__ */ new Date()) {
  const request2 = { urls: [], arxiv: [], dois: [] };
  for (const { file, list } of files) {
    for (const link of linksOf(list)) if (lines(file, link.span.start.line)) request2.urls.push(link.url);
    for (const entry of list.entries) {
      const title = entry.titleKind === "name" || entry.title === "" ? void 0 : entry.title;
      for (const ref of entry.arxiv) {
        const wellFormed = parseArxivId(versionedId(ref), today).valid;
        if (wellFormed && lines(file, ref.span.start.line))
          request2.arxiv.push({ id: ref.id, version: ref.version, title });
      }
      for (const ref of entry.dois) if (lines(file, ref.span.start.line)) request2.dois.push(ref.doi);
    }
  }
  return request2;
}
function networkFindings(files, results, config, lines) {
  const settings = resolveRuleSettings(config ?? {});
  return files.flatMap(
    ({ file, list, suppressed }) => networkRules.flatMap((rule) => {
      const configured = settings.get(rule.id)?.severity;
      if (configured === "off") return [];
      return rule.check(list, results).filter(
        (finding) => lines(file, finding.span.start.line) && !suppressed(rule.id, finding.span.start.line)
      ).map((finding) => toFinding(file, list, rule.id, finding, configured));
    })
  );
}
function hostHeadersOf(config) {
  const entries = Object.entries(config?.hosts ?? {}).flatMap(
    ([host, settings]) => settings.headers ? [[host.toLowerCase(), settings.headers]] : []
  );
  return entries.length > 0 ? Object.fromEntries(entries) : void 0;
}
async function lint(files, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const linted = [];
  for (const filePath of files) {
    const text = await readListFile(path.resolve(cwd, filePath), filePath);
    linted.push(lintText(text, displayPath(filePath, cwd), options));
  }
  return reportOf(linted, options);
}
async function reportOf(linted, options = {}) {
  const findings = linted.flatMap((f) => f.findings);
  let links;
  if (options.verify) {
    const { lines = () => true, ...overrides } = options.verify;
    const results = await verify(verifyRequestOf(linted, lines, options.today), {
      ...DEFAULT_VERIFY_OPTIONS,
      hostHeaders: hostHeadersOf(options.config),
      ...overrides
    });
    findings.push(...networkFindings(linted, results, options.config, lines));
    links = summarizeLinks(results);
  }
  sortFindings(findings);
  return { version: VERSION, findings, summary: summarize(linted, findings, links) };
}

// src/fix.ts
function applyFixes(source, fixes) {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = "";
  let cursor = 0;
  let applied = 0;
  for (const fix of sorted) {
    if (fix.start < cursor || fix.end < fix.start || fix.end > source.length) continue;
    if (source.slice(fix.start, fix.end) === fix.replacement) continue;
    output += source.slice(cursor, fix.start) + fix.replacement;
    cursor = fix.end;
    applied++;
  }
  return { output: output + source.slice(cursor), applied };
}
var MAX_PASSES = 10;
function fixText(text, file, options = {}) {
  let source = stripBom(text);
  const bom = text.slice(0, text.length - source.length);
  let applied = 0;
  let linted = lintText(source, file, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result2 = applyFixes(
      source,
      linted.findings.flatMap((finding) => finding.fix ? [finding.fix] : [])
    );
    if (result2.applied === 0) break;
    source = result2.output;
    applied += result2.applied;
    linted = lintText(source, file, options);
  }
  return { output: bom + source, applied, linted };
}

// src/report/paths.ts
import path2 from "node:path";
function displayPath2(file, cwd) {
  const relative = path2.isAbsolute(file) ? path2.relative(cwd, file) : file;
  return relative.split(path2.sep).join("/").replaceAll("\\", "/");
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationTitle(rule) {
  return `paperlint(${rule})`;
}
function formatGithub(report, options) {
  const lines = report.findings.map((f) => {
    const properties = [
      ["file", displayPath2(f.file, options.cwd)],
      ["line", f.line],
      ["col", f.column],
      ["endLine", f.endLine],
      ["endColumn", f.endColumn],
      ["title", annotationTitle(f.rule)]
    ];
    const rendered = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
    return `::${COMMAND[f.severity]} ${rendered}::${escapeData(f.message)}`;
  });
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}

// src/report/json.ts
function contractFinding(f) {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...f.url !== void 0 && { url: f.url },
    ...f.fix !== void 0 && { fix: { replacement: f.fix.replacement } },
    // Rules leave out the file of a location in the finding's own file; the contract always names it.
    ...f.related !== void 0 && {
      related: f.related.map((r) => ({
        file: r.file ?? f.file,
        line: r.line,
        ...r.column !== void 0 && { column: r.column },
        ...r.message !== void 0 && { message: r.message }
      }))
    }
  };
}
function formatJson(report) {
  const { files, entries, errors: errors2, warnings, infos, links } = report.summary;
  const document = {
    version: report.version,
    findings: report.findings.map(contractFinding),
    summary: {
      files,
      entries,
      errors: errors2,
      warnings,
      infos,
      links: { checked: links.checked, alive: links.alive, dead: links.dead, unverified: links.unverified }
    }
  };
  return `${JSON.stringify(document, null, 2)}
`;
}

// src/report/markdown.ts
var ZWJ = "\u200D";
var SEVERITY_LABEL = {
  error: "\u274C error",
  warning: "\u26A0\uFE0F warning",
  info: "\u2139\uFE0F info"
};
function escapeMarkdown(text) {
  return text.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[|`[\]*_~]/g, (c) => `\\${c}`).replace(/([@#])(?=[\p{L}\p{N}])/gu, `$1${ZWJ}`).replace(/\r\n|\r|\n/g, "<br>");
}
function linkDestination(url) {
  return url.replace(
    /[\s()<>|\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
function locationCell(finding, options) {
  const file = displayPath2(finding.file, options.cwd);
  const text = escapeMarkdown(`${file}:${finding.line}:${finding.column}`);
  return options.linkTo ? `[${text}](${linkDestination(options.linkTo(file, finding.line))})` : text;
}
var omitted = (count) => `_${plural(count, "more finding")} not shown._`;
function markdownHeadline(report) {
  const { files, entries } = report.summary;
  const scope = `in ${plural(files, "file")} (${plural(entries, "entry", "entries")})`;
  const found = report.findings.length === 0 ? `found no problems ${scope}.` : `found ${problemsText(countSeverities(report.findings))} ${scope}.`;
  const links = linksText(report.summary.links);
  return `**paperlint** ${found}${links ? `

${links}.` : ""}
`;
}
var MARKDOWN_TABLE_HEAD = "| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |";
function markdownRow(finding, options) {
  const cells = [
    SEVERITY_LABEL[finding.severity],
    `\`${finding.rule}\``,
    locationCell(finding, options),
    escapeMarkdown(finding.message)
  ];
  return `| ${cells.join(" | ")} |`;
}
function formatMarkdown(report, options) {
  const lines = [markdownHeadline(report).trimEnd()];
  if (report.findings.length > 0) {
    lines.push("", MARKDOWN_TABLE_HEAD);
    const rows = [...groupByFile(report.findings).values()].flat().map((f) => markdownRow(f, options));
    const limit = options.maxLength ?? Number.POSITIVE_INFINITY;
    let length = lines.join("\n").length + 1;
    for (const [i, row] of rows.entries()) {
      const left = rows.length - i;
      const note = left > 1 ? `

${omitted(left - 1)}
`.length : 0;
      if (length + row.length + 1 + note > limit) {
        lines.push("", omitted(left));
        break;
      }
      lines.push(row);
      length += row.length + 1;
    }
  }
  return `${lines.join("\n")}
`;
}

// src/report/sarif.ts
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var PROJECT_URL = "https://github.com/paperlint/paperlint";
var RULES_URL = `${PROJECT_URL}#rules`;
var SRCROOT = "%SRCROOT%";
var LEVEL = {
  error: "error",
  warning: "warning",
  info: "note"
};
function artifactUri(file, cwd) {
  return displayPath2(file, cwd).split("/").map(encodeURIComponent).join("/");
}
function artifactLocation(file, cwd) {
  return { uri: artifactUri(file, cwd), uriBaseId: SRCROOT };
}
function relatedLocation(related, index, finding, cwd) {
  return {
    id: index + 1,
    physicalLocation: {
      artifactLocation: artifactLocation(related.file ?? finding.file, cwd),
      region: {
        startLine: related.line,
        ...related.column !== void 0 && { startColumn: related.column }
      }
    },
    message: { text: related.message ?? "Related entry" }
  };
}
function result(finding, ruleIndex, cwd) {
  const location = artifactLocation(finding.file, cwd);
  const { fix } = finding;
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn
          }
        }
      }
    ],
    ...fix && {
      fixes: [
        {
          description: { text: `Replace with ${fix.replacement}` },
          artifactChanges: [
            {
              artifactLocation: location,
              // The fix offsets are exact, unlike the finding's region, which may span a whole link or entry.
              replacements: [
                {
                  deletedRegion: { charOffset: fix.start, charLength: fix.end - fix.start },
                  insertedContent: { text: fix.replacement }
                }
              ]
            }
          ]
        }
      ]
    },
    ...finding.related && finding.related.length > 0 && {
      relatedLocations: finding.related.map((related, i) => relatedLocation(related, i, finding, cwd))
    },
    ...finding.url !== void 0 && { properties: { url: finding.url } }
  };
}
function formatSarif(report, options) {
  const ruleIds = [...new Set(report.findings.map((f) => f.rule))].sort();
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "paperlint",
            version: report.version,
            informationUri: PROJECT_URL,
            rules: ruleIds.map((id) => ({ id, helpUri: RULES_URL }))
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, "/")}` } },
        columnKind: "utf16CodeUnits",
        results: report.findings.map((f) => result(f, ruleIds.indexOf(f.rule), options.cwd))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/report/color.ts
var sgr = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var plain = (text) => text;
function palette(color) {
  if (!color) return { red: plain, yellow: plain, blue: plain, dim: plain, bold: plain, underline: plain };
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    underline: sgr(4, 24)
  };
}

// src/report/stylish.ts
var severityColor = (paint) => ({
  error: paint.red,
  warning: paint.yellow,
  info: paint.blue
});
var visibleWidth = (text) => [...text].length;
function padEnd(text, width) {
  return text + " ".repeat(Math.max(0, width - visibleWidth(text)));
}
function formatStylish(report, options) {
  if (report.findings.length === 0) return "";
  const paint = palette(options.color);
  const colorOf = severityColor(paint);
  const out = [];
  for (const [file, findings] of groupByFile(report.findings)) {
    const rows = findings.map((f) => ({
      line: String(f.line),
      column: String(f.column),
      severity: f.severity,
      message: f.message.replace(/\r\n|\r|\n/g, " "),
      rule: f.rule
    }));
    const width = (key) => Math.max(...rows.map((row) => visibleWidth(row[key])));
    const [lineW, columnW, severityW, messageW] = [
      width("line"),
      width("column"),
      width("severity"),
      width("message")
    ];
    out.push("", paint.underline(displayPath2(file, options.cwd)));
    for (const row of rows) {
      const location = paint.dim(`${row.line.padStart(lineW)}:${padEnd(row.column, columnW)}`);
      const severity = colorOf[row.severity](padEnd(row.severity, severityW));
      out.push(
        `  ${location}  ${severity}  ${padEnd(row.message, messageW)}  ${paint.dim(row.rule)}`.trimEnd()
      );
    }
  }
  const counts = countSeverities(report.findings);
  const summaryColor = counts.error > 0 ? paint.red : counts.warning > 0 ? paint.yellow : paint.blue;
  out.push("", paint.bold(summaryColor(`\u2716 ${problemsText(counts)}`)));
  const fixable = report.findings.filter((f) => f.fix).length;
  if (fixable > 0)
    out.push(paint.bold(summaryColor(`  ${plural(fixable, "problem")} fixable with the \`--fix\` option.`)));
  const links = linksText(report.summary.links);
  if (links) out.push(links);
  return `${out.join("\n")}
`;
}

// src/report/index.ts
function formatReport(report, format, options) {
  switch (format) {
    case "stylish":
      return formatStylish(report, options);
    case "json":
      return formatJson(report);
    case "github":
      return formatGithub(report, options);
    case "sarif":
      return formatSarif(report, options);
    case "markdown":
      return formatMarkdown(report, options);
  }
}
export {
  InputError,
  VERSION,
  applyFixes,
  buildPaperList,
  fixText,
  formatReport,
  lint,
  lintText,
  offlineRules,
  parseMarkdown
};
