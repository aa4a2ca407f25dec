import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  compareTitles
} from "./chunk-2B4IKTUP.js";

// src/text/url.ts
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
var TRACKING_PARAMETER = /^(utm_.*|fbclid|gclid)$/i;
var DEFAULT_PORTS = /* @__PURE__ */ new Set(["80", "443"]);
function normalizeUrl(url) {
  const trimmed = url.trim();
  let parsed;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return trimmed;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "").replace(/\.$/, "");
  const port = parsed.port === "" || DEFAULT_PORTS.has(parsed.port) ? "" : `:${parsed.port}`;
  const path = parsed.pathname.replace(/\/+$/, "");
  const kept = parsed.search === "" ? [] : [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  const query = kept.length === 0 ? "" : `?${new URLSearchParams(kept).toString()}`;
  return `${host}${port}${path}${query}`;
}
function httpHostOf(url) {
  const match = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url.trim());
  return match ? match[1].toLowerCase().replace(/\.$/, "") : void 0;
}
var DOI_RESOLVER_HOSTS = [
  "doi.org",
  "dx.doi.org",
  "www.doi.org",
  "hdl.handle.net"
];
function isDoiResolverHost(host) {
  return DOI_RESOLVER_HOSTS.includes(host);
}
function hostsPattern(hosts) {
  return new RegExp(`(?:^|\\.)(?:${hosts.map((host) => host.replaceAll(".", "\\.")).join("|")})$`);
}
var PAPER_PAGE_HOST = hostsPattern([
  "aaai.org",
  "academic.oup.com",
  "aclanthology.org",
  "aclweb.org",
  "biorxiv.org",
  "cell.com",
  "dl.acm.org",
  "ecva.net",
  "frontiersin.org",
  "iclr.cc",
  "icml.cc",
  "ieeexplore.ieee.org",
  "ijcai.org",
  "iospress.nl",
  "isca-speech.org",
  "jmlr.org",
  "link.springer.com",
  "mdpi.com",
  "medrxiv.org",
  "mlsys.org",
  "nature.com",
  "ncbi.nlm.nih.gov",
  "neurips.cc",
  "openaccess.thecvf.com",
  "openreview.net",
  "papers.nips.cc",
  "plos.org",
  "pnas.org",
  "proceedings.mlr.press",
  "researchgate.net",
  "science.org",
  "sciencedirect.com",
  "semanticscholar.org",
  "ssrn.com",
  "tandfonline.com",
  "usenix.org",
  "vldb.org",
  "wiley.com"
]);
function isPaperPageHost(host) {
  return PAPER_PAGE_HOST.test(host) || isDoiResolverHost(host);
}
var PAPER_INDEX_URL = /^https?:\/\/(?:[\w-]+\.)*(?:scholar\.google\.com|dblp\.org|paperswithcode\.com)(?:[/?#:]|$)|^https?:\/\/huggingface\.co\/papers\//i;
function isPaperIndexUrl(url) {
  return PAPER_INDEX_URL.test(url.trim());
}

// src/arxiv/archives.ts
var ARXIV_ARCHIVES = /* @__PURE__ */ new Map([
  ["acc-phys", { start: "1994-11", end: "1996-09" }],
  ["adap-org", { start: "1993-03", end: "1999-12" }],
  ["alg-geom", { start: "1992-02", end: "1997-12" }],
  ["ao-sci", { start: "1995-02", end: "1996-09" }],
  ["astro-ph", { start: "1992-04" }],
  ["atom-ph", { start: "1995-09", end: "1996-09" }],
  ["bayes-an", { start: "1995-06", end: "1996-11" }],
  ["chao-dyn", { start: "1993-01", end: "1999-12" }],
  ["chem-ph", { start: "1994-03", end: "1996-09" }],
  ["cmp-lg", { start: "1994-04", end: "1998-09" }],
  ["comp-gas", { start: "1993-02", end: "1999-12" }],
  ["cond-mat", { start: "1992-04" }],
  ["cs", { start: "1993-01" }],
  ["dg-ga", { start: "1994-06", end: "1997-12" }],
  ["funct-an", { start: "1992-04", end: "1997-12" }],
  ["gr-qc", { start: "1992-07" }],
  ["hep-ex", { start: "1994-04" }],
  ["hep-lat", { start: "1992-02" }],
  ["hep-ph", { start: "1992-03" }],
  ["hep-th", { start: "1991-08" }],
  ["math", { start: "1992-02" }],
  ["math-ph", { start: "1996-09" }],
  ["mtrl-th", { start: "1994-11", end: "1996-09" }],
  ["nlin", { start: "1993-01" }],
  ["nucl-ex", { start: "1994-12" }],
  ["nucl-th", { start: "1992-10" }],
  ["patt-sol", { start: "1993-02", end: "1999-12" }],
  ["physics", { start: "1996-10" }],
  ["plasm-ph", { start: "1995-09", end: "1996-09" }],
  ["q-alg", { start: "1994-12", end: "1997-12" }],
  ["q-bio", { start: "2003-09" }],
  ["q-fin", { start: "2008-12" }],
  ["quant-ph", { start: "1994-12" }],
  ["solv-int", { start: "1993-04", end: "1999-12" }],
  ["stat", { start: "2007-04" }],
  ["supr-con", { start: "1994-11", end: "1996-09" }]
]);

// src/arxiv/id.ts
var ARCHIVE_ALTERNATION = [...ARXIV_ARCHIVES.keys()].sort((a, b) => b.length - a.length).join("|");
var NEW_STYLE = /(?<![\d.])(?<yymm>\d{4})\.(?<number>\d{4,5})(?:v(?<version>\d+))?/i;
var OLD_STYLE = new RegExp(
  `(?<![a-z-])(?<archive>${ARCHIVE_ALTERNATION})(?:\\.[a-z][a-z-]*)?/(?<number>\\d{7})(?:v(?<version>\\d+))?`,
  "i"
);
var OLD_FTP = new RegExp(
  `(?<![a-z-])(?<archive>${ARCHIVE_ALTERNATION})/papers/\\d{4}/(?<number>\\d{7})(?:v(?<version>\\d+))?`,
  "i"
);
function arxivHostKind(host) {
  const name = host.toLowerCase().replace(/:\d*$/, "").replace(/\.$/, "");
  if (name === "arxiv.org") return "canonical";
  if (name === "www.arxiv.org") return "www";
  if (name === "export.arxiv.org") return "export";
  if (name === "xxx.lanl.gov" || name === "lanl.arxiv.org" || /^[a-z]{2}\.arxiv\.org$/.test(name))
    return "mirror";
  if (name.endsWith(".arxiv.org")) return "other";
  return void 0;
}
function isArxivHost(host) {
  return arxivHostKind(host) !== void 0;
}
var ARXIV_HOST_NAME = /arxiv\.org|xxx\.lanl\.gov/i;
function mayBeArxivUrl(url) {
  return ARXIV_HOST_NAME.test(url);
}
function splitUrl(url) {
  const match = /^\s*(?:([a-z][a-z0-9+.-]*):)?(?:\/\/)?([^/?#\s]*)([^?#\s]*)(\?[^#]*)?(#.*)?\s*$/i.exec(url);
  if (!match) return void 0;
  return {
    scheme: (match[1] ?? "").toLowerCase(),
    host: match[2],
    path: match[3],
    query: match[4] ?? "",
    fragment: match[5] ?? ""
  };
}
function numberDigits(yymm) {
  return yymm >= 1501 ? 5 : 4;
}
function canonicalNewStyleId(yymm, number) {
  const digits = numberDigits(Number(yymm));
  if (digits === 5 && number.length === 4) return `${yymm}.0${number}`;
  if (digits === 4 && number.length === 5 && number.startsWith("0")) return `${yymm}.${number.slice(1)}`;
  return `${yymm}.${number}`;
}
function arxivIdFromPath(text) {
  const newStyle = NEW_STYLE.exec(text);
  const oldStyle = OLD_STYLE.exec(text) ?? OLD_FTP.exec(text);
  const match = newStyle && (!oldStyle || newStyle.index <= oldStyle.index) ? newStyle : oldStyle;
  const groups = match?.groups;
  if (!groups) return void 0;
  return withVersion(idOf(groups.yymm, groups.number, groups.archive), groups.version);
}
function idOf(yymm, number, archive) {
  return yymm !== void 0 ? canonicalNewStyleId(yymm, number) : `${archive.toLowerCase()}/${number}`;
}
function versionedId(ref) {
  return ref.version === void 0 ? ref.id : `${ref.id}v${ref.version}`;
}
function withVersion(id, version) {
  return version === void 0 ? { id } : { id, version: Number(version) };
}
function arxivIdFromUrl(url) {
  const parts = mayBeArxivUrl(url) ? splitUrl(url) : void 0;
  if (!parts || !isArxivHost(parts.host)) return void 0;
  return arxivIdFromPath(safeDecode(parts.path));
}
var ID_IN_TEXT = new RegExp(
  `(?<![a-z0-9])arxiv(?::\\s*|\\s+)(?:(?<yymm>\\d{4})\\.(?<number>\\d{4,5})|(?<archive>${ARCHIVE_ALTERNATION})(?:\\.[a-z][a-z-]*)?/(?<oldNumber>\\d{7}))(?:v(?<version>\\d+))?(?![\\d.]\\d|[a-z0-9])`,
  "gi"
);
function findArxivIdsInText(text) {
  if (!/arxiv/i.test(text)) return [];
  const found = [];
  ID_IN_TEXT.lastIndex = 0;
  for (let match = ID_IN_TEXT.exec(text); match; match = ID_IN_TEXT.exec(text)) {
    const { yymm, number, archive, oldNumber, version } = match.groups;
    const id = idOf(yymm, number ?? oldNumber, archive);
    const { index, 0: written } = match;
    found.push(
      version === void 0 ? { id, index, length: written.length } : { id, version: Number(version), index, length: written.length }
    );
  }
  return found;
}
var NEW_TOKEN = /^(\d{2})(\d{2})\.(\d+)(?:(v)(\d+))?$/i;
var OLD_TOKEN = /^([a-z]+(?:-[a-z]+)*)(?:\.([a-z][a-z-]*))?\/(\d+)(?:(v)(\d+))?$/i;
var monthIndex = (year, month) => year * 12 + (month - 1);
var yearMonth = (year, month) => `${year}-${String(month).padStart(2, "0")}`;
function invalid(reason) {
  return { valid: false, reason };
}
function versionProblem(marker, digits) {
  if (marker === void 0 || digits === void 0) return void 0;
  return /^[1-9]\d*$/.test(digits) ? void 0 : `version 'v${digits}' does not exist`;
}
function parseNewStyle(m, today) {
  const yy = m[1];
  const mm = m[2];
  const number = m[3];
  const marker = m[4];
  const version = m[5];
  const year = 2e3 + Number(yy);
  const month = Number(mm);
  const yymm = Number(yy + mm);
  if (month < 1 || month > 12) return invalid(`month ${mm} does not exist`);
  if (yymm < 704) return invalid(`new-style ids begin in 2007-04, not ${yearMonth(year, month)}`);
  const notes = [];
  const digits = numberDigits(yymm);
  const id = canonicalNewStyleId(yy + mm, number);
  if (id.length !== 5 + digits) {
    return invalid(
      `ids ${yymm >= 1501 ? "since" : "before"} 2015 have ${digits}-digit numbers, not '${number}'`
    );
  }
  if (number.length !== digits) notes.push("number-digits");
  if (Number(number) === 0) return invalid(`number '${number}' does not exist`);
  const todayIndex = monthIndex(today.getUTCFullYear(), today.getUTCMonth() + 1);
  if (monthIndex(year, month) > todayIndex) return invalid(`month ${yearMonth(year, month)} is after today`);
  const problem = versionProblem(marker, version);
  if (problem) return invalid(problem);
  if (marker === "V") notes.push("upper-case");
  return { valid: true, ...withVersion(id, version), style: "new", year, month, notes };
}
function parseOldStyle(m) {
  const [, archiveText, subjectClass, number, marker, digits] = m;
  const archive = archiveText.toLowerCase();
  const span = ARXIV_ARCHIVES.get(archive);
  if (!span) return invalid(`unknown archive '${archiveText}'`);
  if (number.length !== 7) return invalid(`old-style ids have 7 digits, not '${number}'`);
  const yy = Number(number.slice(0, 2));
  const month = Number(number.slice(2, 4));
  const year = yy >= 91 ? 1900 + yy : 2e3 + yy;
  if (month < 1 || month > 12) return invalid(`month ${number.slice(2, 4)} does not exist`);
  const issued = yearMonth(year, month);
  if (issued > "2007-03") return invalid(`old-style ids end in 2007-03, not ${issued}`);
  if (issued < span.start || span.end !== void 0 && issued > span.end) {
    return invalid(`archive '${archive}' has no ids from ${issued}`);
  }
  if (Number(number.slice(4)) === 0) return invalid(`number '${number.slice(4)}' does not exist`);
  const problem = versionProblem(marker, digits);
  if (problem) return invalid(problem);
  const notes = [];
  if (/[A-Z]/.test(archiveText) || marker === "V") notes.push("upper-case");
  if (subjectClass !== void 0) notes.push("subject-class");
  return { valid: true, ...withVersion(`${archive}/${number}`, digits), style: "old", year, month, notes };
}
function parseArxivId(text, today) {
  const token = text.trim();
  if (token === "") return invalid("empty id");
  const newStyle = NEW_TOKEN.exec(token);
  if (newStyle) return parseNewStyle(newStyle, today);
  const oldStyle = OLD_TOKEN.exec(token);
  if (oldStyle) return parseOldStyle(oldStyle);
  return invalid(`'${token}' is not an arXiv id`);
}

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/verify/resolver.ts
import { lookup as dnsLookup } from "node:dns/promises";

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

// src/verify/resolver.ts
var systemLookup = (hostname) => dnsLookup(hostname, { all: true });
var PROBED_NAMES = 5;
var NetworkUnavailableError = class _NetworkUnavailableError extends Error {
  constructor(hostname) {
    super(`network unavailable: ${hostname} not looked up`);
    this.hostname = hostname;
  }
  hostname;
  static code = "PAPERLINT_NETWORK_UNAVAILABLE";
  code = _NetworkUnavailableError.code;
};
var UNRESOLVED_CODES = /* @__PURE__ */ new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  NetworkUnavailableError.code
]);
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
var NO_NETWORK = "no host name resolves";
function signal() {
  let wake = () => {
  };
  const promise = new Promise((resolve) => {
    wake = resolve;
  });
  return { promise, wake };
}
function createRunResolver(options) {
  const lookup = options.lookup ?? systemLookup;
  const isPublic = (address) => (options.publicAddress ?? blockedReason)(address) === void 0;
  const known = /* @__PURE__ */ new Map();
  const failures = /* @__PURE__ */ new Set();
  let networkUp = false;
  let unavailable;
  let undecidable = false;
  let probes = 0;
  let probing;
  let decided = signal();
  const wake = () => {
    decided.wake();
    decided = signal();
  };
  function decide(why) {
    if (unavailable !== void 0 || networkUp) return;
    unavailable = why;
    options.onUnavailable?.(why);
  }
  const registryProbe = async () => {
    const names = options.probeNames ?? [];
    if (names.length === 0) return void 0;
    const answers = await Promise.allSettled(names.map((name) => resolve(name, true)));
    if (answers.some(
      (answer) => answer.status === "fulfilled" && answer.value.some(({ address }) => isPublic(address))
    ))
      return true;
    return answers.every((answer) => answer.status === "rejected") ? false : void 0;
  };
  function probeNetwork() {
    probing ??= (options.probe ?? registryProbe)().catch(() => void 0).then((up) => {
      if (up === true) networkUp = true;
      else if (up === false) decide(NO_NETWORK);
      else undecidable = true;
      wake();
    });
    return probing;
  }
  async function lookUp(hostname, registry) {
    try {
      const addresses = await withTimeout(lookup(hostname), options.timeout, hostname);
      if (!registry || addresses.some(({ address }) => isPublic(address))) networkUp = true;
      return addresses;
    } catch (error) {
      failures.add(hostname);
      if (registry) decide(`${hostname} does not resolve`);
      else if (!networkUp) void probeNetwork();
      throw error;
    } finally {
      wake();
    }
  }
  async function probeOrWait(hostname) {
    for (; ; ) {
      if (unavailable !== void 0) throw new NetworkUnavailableError(hostname);
      if (networkUp || undecidable) return lookUp(hostname, false);
      if (probes < PROBED_NAMES) {
        probes += 1;
        return lookUp(hostname, false);
      }
      await decided.promise;
    }
  }
  function resolve(hostname, registry) {
    let addresses = known.get(hostname);
    if (!addresses) {
      addresses = registry ? lookUp(hostname, true) : probeOrWait(hostname);
      known.set(hostname, addresses);
    }
    return addresses;
  }
  return {
    resolve,
    failed: (hostname) => failures.has(hostname),
    unavailable: () => unavailable,
    async settle() {
      if (failures.size > 0 && !networkUp) await probeNetwork();
      return unavailable;
    }
  };
}

// src/verify/registry-http.ts
var TransportError = class extends Error {
  constructor(message, timedOut, unresolved = false) {
    super(message);
    this.timedOut = timedOut;
    this.unresolved = unresolved;
  }
  timedOut;
  unresolved;
};
var MAX_REGISTRY_BODY = 8 * 1024 * 1024;
var tooLarge = () => new TransportError(`answer larger than ${MAX_REGISTRY_BODY / (1024 * 1024)} MB`, false);
async function cappedText(body) {
  const chunks = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_REGISTRY_BODY) {
      body.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function sendRegistryRequest(url, init, options) {
  const { request } = (await import("./undici-ALFP7EBN.js")).default;
  const timeout = AbortSignal.timeout(options.timeout);
  try {
    const response = await request(url, {
      method: init.method ?? "GET",
      headers: { "user-agent": options.userAgent, ...init.headers },
      body: init.body,
      dispatcher: options.dispatcher,
      signal: timeout
    });
    if (Number(headerValue(response.headers, "content-length")) > MAX_REGISTRY_BODY) {
      response.body.destroy();
      throw tooLarge();
    }
    return { status: response.statusCode, headers: response.headers, body: await cappedText(response.body) };
  } catch (error) {
    if (error instanceof TransportError) throw error;
    if (timeout.aborted) throw new TransportError(`no answer within ${options.timeout} ms`, true);
    const code = error.code;
    if (code && UNRESOLVED_CODES.has(code)) {
      throw new TransportError(`host name ${new URL(url).hostname} does not resolve`, false, true);
    }
    throw new TransportError(code ? `connection failed (${code})` : "connection failed", false);
  }
}
function headerValue(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
function retryAfterMs(value, now) {
  if (value === void 0 || value.trim() === "") return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  const date = /[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function busyWait(headers, attempt, policy) {
  const wait = retryAfterMs(headerValue(headers, "retry-after"), Date.now()) ?? policy.base * 2 ** attempt;
  return attempt >= policy.retries || wait > policy.maxWait ? void 0 : wait;
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, Math.max(ms, 0)));
}
var SpacedSession = class {
  constructor(name, options) {
    this.name = name;
    this.options = options;
  }
  name;
  options;
  requests = 0;
  lastEnd = Number.NEGATIVE_INFINITY;
  async send(url, init) {
    const { interval, retries = 3, maxRetryWait = 6e4 } = this.options;
    let wait = 0;
    let transportFailures = 0;
    for (let attempt = 0; ; attempt++) {
      await sleep(Math.max(this.lastEnd + Math.max(interval, wait) - Date.now(), 0));
      this.requests++;
      let response;
      try {
        response = await sendRegistryRequest(url, init, this.options);
      } catch (error) {
        this.lastEnd = Date.now();
        if (!(error instanceof TransportError)) throw error;
        if (!error.timedOut && !error.unresolved && ++transportFailures < 2) continue;
        return { kind: "unavailable", reason: `${this.name}: ${error.message}`, transport: !error.timedOut };
      }
      this.lastEnd = Date.now();
      const { status } = response;
      if (status === 429 || status === 503) {
        const busy = busyWait(response.headers, attempt, {
          base: 2 * interval,
          retries,
          maxWait: maxRetryWait
        });
        if (busy === void 0) {
          return { kind: "unavailable", reason: `${this.name} busy (HTTP ${status})`, transport: false };
        }
        wait = busy;
        continue;
      }
      return { kind: "response", response };
    }
  }
};
async function lookupEach(items, concurrency, lookup) {
  const limit = pLimit(Math.max(1, concurrency));
  let requests = 0;
  const count2 = () => {
    requests++;
  };
  const settled = await Promise.all(
    [...new Map(items)].map(([key, item]) => limit(async () => [key, await lookup(item, count2)]))
  );
  return { results: new Map(settled), requests };
}

// src/verify/arxiv.ts
var ARXIV_BATCH_SIZE = 100;
var SEARCH_RESULTS = 10;
var WITHDRAWN = /\b(?:withdrawn|retracted)\b/i;
var MAX_AUTHORS = 20;
var GITHUB_REPO = /https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?=[/\s?#)\],;]|\.?$|\.\s)/i;
var CODE_CUE = /\b(?:code|codes|implementation|source|available|release[sd]?|github|project|repository)\b/i;
function arxivKey(ref) {
  return versionedId(ref);
}
function codeRepositoryOf(comment, abstract) {
  for (const [text, cued] of [
    [comment, false],
    [abstract, true]
  ]) {
    const match = text === void 0 ? null : GITHUB_REPO.exec(text);
    if (!match) continue;
    if (cued && !CODE_CUE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    return `https://github.com/${match[1]}/${match[2]}`;
  }
  return void 0;
}
function isWithdrawnComment(comment) {
  return comment !== void 0 && WITHDRAWN.test(comment);
}
function matchKey(id) {
  return id.toLowerCase().replace(/^([a-z-]+)\.[a-z-]+\//, "$1/");
}
function entryFor(ref, entries) {
  const candidates = entries.get(matchKey(ref.id)) ?? [];
  if (ref.version !== void 0) {
    return candidates.find((entry) => entry.version === ref.version || entry.version === void 0);
  }
  return candidates.reduce(
    (latest, entry) => latest === void 0 || (entry.version ?? 0) > (latest.version ?? 0) ? entry : latest,
    void 0
  );
}
function matchFeed(refs, feed, abstracts = false) {
  const entries = /* @__PURE__ */ new Map();
  for (const entry of feed.entries) {
    const key = matchKey(entry.id);
    entries.set(key, [...entries.get(key) ?? [], entry]);
  }
  const results = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    const entry = entryFor(ref, entries);
    if (!entry) {
      results.set(arxivKey(ref), { status: "not-found" });
      continue;
    }
    const version = entry.version ?? ref.version;
    results.set(arxivKey(ref), {
      status: "found",
      record: {
        id: ref.id,
        ...version === void 0 ? {} : { version },
        title: entry.title.replace(/\s+/g, " ").trim(),
        ...entry.published ? { published: entry.published } : {},
        ...entry.comment ? { comment: entry.comment } : {},
        ...recordDetails(entry, abstracts),
        withdrawn: isWithdrawnComment(entry.comment)
      }
    });
  }
  return results;
}
function recordDetails(entry, abstract) {
  const code = codeRepositoryOf(entry.comment, entry.summary);
  return {
    ...entry.journalRef && { journalRef: entry.journalRef },
    ...entry.doi && { doi: entry.doi },
    authors: entry.authors.slice(0, MAX_AUTHORS),
    ...code && { code },
    ...abstract && entry.summary && { abstract: entry.summary }
  };
}
var ArxivSession = class {
  constructor(options) {
    this.options = options;
    this.session = new SpacedSession("arXiv API", options);
  }
  options;
  session;
  get requests() {
    return this.session.requests;
  }
  async query(parameters) {
    const sent = await this.session.send(this.options.api, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/atom+xml" },
      body: new URLSearchParams(parameters).toString()
    });
    if (sent.kind === "unavailable") return sent;
    const { status, body } = sent.response;
    const feed = await readFeed(body);
    if (status === 400 && feed && feed.errors.length > 0) return { kind: "rejected", feed };
    if (status !== 200) {
      return { kind: "unavailable", reason: `arXiv API answered HTTP ${status}`, transport: false };
    }
    return feed ? { kind: "feed", feed } : { kind: "unavailable", reason: "arXiv API sent an unreadable feed", transport: false };
  }
};
async function readFeed(body) {
  const { parseArxivFeed } = await import("./atom-FKPUL6TT.js");
  try {
    return parseArxivFeed(body);
  } catch {
    return void 0;
  }
}
function splitRejected(refs, feed) {
  const named = new Set(feed.errors.flatMap((error) => error.id ? [matchKey(error.id)] : []));
  const bad = refs.filter((ref) => named.has(matchKey(arxivKey(ref))) || named.has(matchKey(ref.id)));
  if (bad.length > 0) {
    const rest = refs.filter((ref) => !bad.includes(ref));
    return { bad, retry: rest.length > 0 ? [rest] : [] };
  }
  const half = Math.ceil(refs.length / 2);
  return { bad: [], retry: [refs.slice(0, half), refs.slice(half)] };
}
function arxivTitleQuery(title) {
  const phrase = title.normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[^\p{L}\p{N}'-]+/gu, " ").trim();
  return `ti:"${phrase}"`;
}
function searchResultOf(outcome) {
  if (outcome.kind === "unavailable") return { status: "unverifiable", reason: outcome.reason };
  if (outcome.kind === "rejected") return { status: "unverifiable", reason: "arXiv API refused the search" };
  return {
    status: "found",
    papers: outcome.feed.entries.map(({ id, title }) => ({ id, title: title.replace(/\s+/g, " ").trim() }))
  };
}
async function lookupArxiv(ids, options, followUp, searchesFor) {
  const results = /* @__PURE__ */ new Map();
  const searches = /* @__PURE__ */ new Map();
  const session = new ArxivSession(options);
  let unreachable;
  const lookUp = async (asked) => {
    const unique = /* @__PURE__ */ new Map();
    const today = /* @__PURE__ */ new Date();
    for (const ref of asked) {
      if (parseArxivId(arxivKey(ref), today).valid) unique.set(arxivKey(ref), ref);
      else results.set(arxivKey(ref), { status: "not-found" });
    }
    const queue = [];
    const refs = [...unique.values()];
    for (let start = 0; start < refs.length; start += ARXIV_BATCH_SIZE) {
      queue.push(refs.slice(start, start + ARXIV_BATCH_SIZE));
    }
    for (let batch = queue.shift(); batch !== void 0; batch = queue.shift()) {
      if (unreachable !== void 0) {
        for (const ref of batch) results.set(arxivKey(ref), { status: "unverifiable", reason: unreachable });
        continue;
      }
      const outcome = await session.query({
        id_list: batch.map(arxivKey).join(","),
        start: "0",
        max_results: String(batch.length)
      });
      if (outcome.kind === "feed") {
        for (const [key, result] of matchFeed(batch, outcome.feed, options.abstracts))
          results.set(key, result);
      } else if (outcome.kind === "rejected") {
        if (batch.length === 1) {
          results.set(arxivKey(batch[0]), { status: "not-found" });
          continue;
        }
        const { bad, retry } = splitRejected(batch, outcome.feed);
        for (const ref of bad) results.set(arxivKey(ref), { status: "not-found" });
        queue.unshift(...retry);
      } else {
        for (const ref of batch) {
          results.set(arxivKey(ref), { status: "unverifiable", reason: outcome.reason });
        }
        if (outcome.transport) unreachable = outcome.reason;
      }
    }
  };
  await lookUp(ids);
  if (followUp) await lookUp(followUp(results).filter((ref) => !results.has(arxivKey(ref))));
  for (const query of new Set(searchesFor?.(results))) {
    if (unreachable !== void 0) {
      searches.set(query, { status: "unverifiable", reason: unreachable });
      continue;
    }
    const outcome = await session.query({
      search_query: query,
      start: "0",
      max_results: String(SEARCH_RESULTS)
    });
    searches.set(query, searchResultOf(outcome));
    if (outcome.kind === "unavailable" && outcome.transport) unreachable = outcome.reason;
  }
  return { results, searches, requests: session.requests };
}
function firstVersionsWanted(titles, results) {
  return [...titles].flatMap(([id, given]) => {
    const result = results.get(id);
    if (result?.status !== "found" || (result.record.version ?? 1) < 2) return [];
    const { title } = result.record;
    return given.every((written) => compareTitles(written, title).match === "same") ? [] : [{ id, version: 1 }];
  });
}

// src/arxiv/published.ts
var KNOWN_VENUES = [
  "AAAI",
  "ACL",
  "AISTATS",
  "BMVC",
  "CIKM",
  "COLING",
  "COLT",
  "CoRL",
  "CVPR",
  "EACL",
  "ECCV",
  "EMNLP",
  "ICASSP",
  "ICCV",
  "ICDE",
  "ICLR",
  "ICML",
  "ICRA",
  "IJCAI",
  "INTERSPEECH",
  "IROS",
  "JMLR",
  "KDD",
  "MICCAI",
  "NAACL",
  "NeurIPS",
  "NIPS",
  "RecSys",
  "SIGIR",
  "SIGMOD",
  "TMLR",
  "TPAMI",
  "UAI",
  "VLDB",
  "WACV",
  "WSDM",
  "WWW"
];
var KNOWN_BY_LOWER = new Map(KNOWN_VENUES.map((name) => [name.toLowerCase(), name]));
var ALIASES = {
  nips: "neurips",
  acmmm: "mm",
  acmmultimedia: "mm",
  thewebconf: "www",
  sigkdd: "kdd",
  acmsigkdd: "kdd",
  ieeesp: "sp"
};
function venueKey(name) {
  const folded = name.toLowerCase().replace(/[^a-z0-9]+/g, "");
  const aliased = ALIASES[folded] ?? folded;
  const bare = aliased.replace(/^(?:ieeecvf|ieee|acm|usenix|siam)(?=[a-z]{2})/, "");
  return ALIASES[bare] ?? bare;
}
var NOT_PUBLISHED = /\b(?:submitted|submit(?:ting)?|submission|under (?:review|consideration|revision)|in review|review(?:ed|ing)? at|conditional(?:ly)?|intended for|will (?:be )?(?:submitted|presented|published|appear)|preliminary|extended abstract|non[- ]archival|rejected|withdrawn|retracted|tiny papers?|short abstract)\b/i;
var SIDE_EVENT = /\b(?:workshops?|co-located|colocated|tutorial|doctoral consortium|competition|challenge|demo track)\b/i;
var POSTER = /\bposter\b/i;
var CUE = /\b(?:accepted|to appear|appear(?:s|ed|ing)|published|presented|camera[- ]?ready|final version|conference version|proceedings of|in (?:the )?proceedings)\b|^in\s+(?=the\b|[A-Z])/gi;
var BORING = /^(?:\d+\s*(?:\+\s*\d+\s*)?(?:pages?|page|figures?|figs?\.?|tables?|appendi(?:x|ces)|references|pp\.?)\b.*|.*\b(?:pages?|figures?|tables?)$|(?:in|written in) [A-Z][a-z]+(?: language)?|[A-Z][a-z]+ language|(?:main|long|short|full|regular) (?:paper|track|conference)|(?:long|short|full|regular) paper|oral(?: presentation)?|spotlight|highlight|preprint|extended version|full version|journal version|camera[- ]?ready(?: version)?|project page:?.*|code:?.*|.*\b(?:code|data|dataset|models?|resources) (?:is |are )?(?:available|released|at)\b.*|equal contribution.*|\*.*|)$/i;
var COMPANION = /^(?:findings|main|oral|spotlight|highlight|long|short|full|(?:long|short|full|main) (?:paper|track))$/i;
var YEAR = String.raw`(?:19|20)\d{2}(?!\d)`;
var ACRONYM = "[A-Z][A-Za-z0-9&+]*(?:-[A-Za-z]+)*";
var PREFIX = String.raw`(?:IEEE\/CVF|IEEE|ACM|USENIX|SIAM)`;
var BARE = new RegExp(
  String.raw`(?<![\w&'’])(?:(?<prefix>${PREFIX})\s+)?(?<name>${ACRONYM}|[a-z]{3,})(?:(?<sep>\s*['’]|\s+|-|)(?<year>${YEAR}|(?<=['’])\d{2}(?!\d)))?(?![\w&])`,
  "g"
);
var PARENTHESIZED = new RegExp(
  String.raw`\(\s*(?<inner>(?:${PREFIX}\s+)?[A-Z][\w&+-]*(?:\s+[A-Z][\w&+-]*)?(?:[\s'’-]*(?:${YEAR}|(?<=['’])\d{2}))?)\s*\)(?:\s*(?<after>${YEAR}))?`,
  "g"
);
var NOT_VENUES = /* @__PURE__ */ new Set([
  "AI",
  "API",
  "CPU",
  "GPU",
  "GPT",
  "LLM",
  "LLMS",
  "ML",
  "NLP",
  "PDF",
  "URL",
  "USA",
  "UK",
  "EU",
  "MIT",
  "PHD",
  "PMLR",
  "LNCS",
  "CEUR",
  "JOURNAL",
  "CONFERENCE",
  "PAPER",
  "ACCEPTED",
  "VERSION",
  "ORAL",
  "SPOTLIGHT",
  "FINDINGS",
  "MAIN",
  "TRACK",
  "NOTE"
]);
function yearOf(text) {
  if (text === void 0) return void 0;
  const year = Number(text);
  return text.length === 2 ? 2e3 + year : year;
}
var capitals = (text) => text.replace(/[^A-Z]/g, "").length;
function venueName(prefix, name, dated) {
  const known = KNOWN_BY_LOWER.get(name.toLowerCase());
  if (known && (name === known || name === name.toLowerCase())) return prefix ? `${prefix} ${known}` : known;
  const acronym = capitals(name) >= 2 && !NOT_VENUES.has(name.toUpperCase());
  if (!acronym && !(prefix && dated && /^[A-Z]/.test(name))) return void 0;
  return prefix ? `${prefix} ${name}` : name;
}
function splitGluedYear(name) {
  const glued = new RegExp(`^(.*[A-Za-z])(${YEAR})$`).exec(name);
  return glued ? { name: glued[1], year: glued[2] } : { name };
}
function bareMentions(text, offset = 0) {
  const mentions = [];
  for (const match of text.matchAll(BARE)) {
    const groups = match.groups;
    const glued = groups.year === void 0 ? splitGluedYear(groups.name) : { name: groups.name };
    const year = yearOf(groups.year ?? glued.year);
    const name = venueName(groups.prefix, glued.name, year !== void 0);
    if (!name) continue;
    mentions.push({ name, year, index: offset + match.index, end: offset + match.index + match[0].length });
  }
  return mentions;
}
function parenthesizedMentions(text, offset = 0) {
  return [...text.matchAll(PARENTHESIZED)].flatMap((match) => {
    const [inner] = bareMentions(match.groups.inner);
    const whole = inner && inner.end === match.groups.inner.length && inner.index === 0;
    if (!whole) return [];
    const year = inner.year ?? yearOf(match.groups.after);
    return [
      { name: inner.name, year, index: offset + match.index, end: offset + match.index + match[0].length }
    ];
  });
}
function cleaned(text) {
  return text.replace(/\bhttps?:\/\/\S+|\bwww\.\S+/gi, " ").replace(/\s+/g, " ").trim();
}
function clauses(text) {
  const parts = [];
  let start = 0;
  const push = (end) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== "") parts.push({ text: raw.trim(), index: start + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const sentenceEnd = c === "." && /\s/.test(text[i + 1] ?? " ") && /(?:\d|\)|\b[a-z]{3,}|\b[A-Z]{2,}\d*)$/.test(text.slice(Math.max(0, i - 20), i));
    if (c === "," || c === ";" || sentenceEnd) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return parts;
}
var FILLER = /^(?:\s*(?:for publication|as (?:an? )?(?:[\w-]+ )*?(?:paper|article|poster|oral|spotlight|talk|contribution)|to be published|for presentation|(?:the )?main conference of|(?:the )?proceedings of|version|by|in|at|to|for|on|of|the|:|\d+(?:st|nd|rd|th)))+\s*/i;
var PREPOSITION = /^\s*(?:for publication |as (?:an? )?(?:[\w-]+ )*?(?:paper|article) |to be published )?(?:in|at|to|by|for)\b/i;
function longName(afterCue) {
  if (!PREPOSITION.test(afterCue)) return void 0;
  const rest = afterCue.replace(FILLER, "");
  const name = /^[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|on|and|for|in|the|&|[A-Z]))*/.exec(rest)?.[0];
  const trimmed = name?.replace(new RegExp(String.raw`\s+(?:${YEAR}|and|of|on|for|in|the)$`), "").trim();
  return trimmed && trimmed.split(/\s+/).length >= 2 ? trimmed : void 0;
}
function firstYear(text) {
  return yearOf(new RegExp(YEAR).exec(text)?.[0]);
}
var TRACK = /\bfindings\b/i;
function venue(mention, short, track) {
  const text = [mention.name, mention.year, track ? "Findings" : void 0].filter(Boolean).join(" ");
  return {
    name: mention.name,
    ...mention.year !== void 0 && { year: mention.year },
    short,
    ...track && { track: "Findings" },
    source: "comment",
    text
  };
}
function cuedVenue(text, cue) {
  const parts = clauses(text);
  const at = parts.findIndex((part) => part.index + part.text.length > cue.index);
  const clause = parts[at];
  const afterCue = text.slice(cue.index + cue[0].length, clause.index + clause.text.length);
  const offset = cue.index + cue[0].length;
  const inClause = [...parenthesizedMentions(afterCue, offset), ...bareMentions(afterCue, offset)].sort(
    (a, b) => a.index - b.index
  );
  const found = parenthesizedMentions(afterCue, offset)[0] ?? inClause[0] ?? parenthesizedMentions(text.slice(offset), offset)[0] ?? bareMentions(text.slice(offset), offset).find((mention) => mention.year !== void 0);
  if (found) {
    const year = found.year ?? firstYear(text.slice(found.end, found.end + 12));
    return { name: found.name, year, short: true };
  }
  const long = longName(afterCue);
  if (long) return { name: long, year: firstYear(text.slice(offset)), short: false };
  const before = [clause, parts[at - 1]].flatMap(
    (part) => part ? bareMentions(text.slice(part.index, Math.min(cue.index, part.index + part.text.length)), part.index) : []
  );
  return before[0] && { ...before[0], short: true };
}
function bareVenue(text) {
  const kept = clauses(text.replace(/\([^()]*\)/g, " ")).filter((part) => !BORING.test(part.text));
  if (kept.length !== 1) return void 0;
  const [mention] = bareMentions(kept[0].text);
  if (!mention || mention.year === void 0 || mention.index !== 0) return void 0;
  const rest = kept[0].text.slice(mention.end).trim();
  return rest === "" || COMPANION.test(rest) ? mention : void 0;
}
function venueFromComment(comment) {
  if (comment === void 0) return void 0;
  const text = cleaned(comment);
  if (NOT_PUBLISHED.test(text) || SIDE_EVENT.test(text)) return void 0;
  if (POSTER.test(text) && !/\baccepted\b/i.test(text)) return void 0;
  const track = TRACK.test(text);
  const cues = [...text.matchAll(new RegExp(CUE.source, "gi"))];
  for (const cue of cues) {
    const found = cuedVenue(text, cue);
    if (found) return venue(found, found.short, track);
  }
  const alone = cues.length === 0 ? bareVenue(text) : void 0;
  return alone && venue(alone, true, track);
}
function venueFromJournalRef(journalRef) {
  if (journalRef === void 0) return void 0;
  const text = cleaned(journalRef);
  if (text === "" || SIDE_EVENT.test(text)) return void 0;
  const short = parenthesizedMentions(text)[0] ?? bareVenue(text);
  const years = [...text.matchAll(new RegExp(YEAR, "g"))].map((match) => Number(match[0]));
  const year = short?.year ?? years.at(-1);
  return {
    name: short?.name ?? text,
    ...year !== void 0 && { year },
    short: short !== void 0,
    ...TRACK.test(text) && { track: "Findings" },
    source: "journal_ref",
    text
  };
}
function venueFromName(name, year, source) {
  const text = cleaned(name);
  if (text === "" || SIDE_EVENT.test(text)) return void 0;
  const [mention] = bareMentions(text);
  const short = mention !== void 0 && mention.index === 0 && mention.end === text.length;
  return {
    name: short ? mention.name : text,
    ...year !== void 0 && { year },
    short,
    source,
    text: year === void 0 ? text : `${text} ${year}`
  };
}
function publishedVenue(record) {
  const reference = venueFromJournalRef(record.journalRef);
  if (reference?.short) return reference;
  const comment = venueFromComment(record.comment);
  return comment?.short ? comment : reference ?? comment;
}

// src/verify/dblp.ts
var HITS = 10;
var INFORMAL = /informal/i;
var isObject = (value) => typeof value === "object" && value !== null;
var list = (value) => Array.isArray(value) ? value : value === void 0 ? [] : [value];
function decodeEntities(text) {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name.toLowerCase()];
  });
}
function parseDblpAnswer(body) {
  const json = JSON.parse(body);
  const hits = isObject(json) && isObject(json.result) && isObject(json.result.hits) ? json.result.hits.hit : [];
  return list(hits).flatMap((hit) => {
    const info = isObject(hit) && isObject(hit.info) ? hit.info : void 0;
    if (!info || typeof info.title !== "string") return [];
    const authors = list(isObject(info.authors) ? info.authors.author : void 0).flatMap((author) => {
      const name = isObject(author) ? author.text : author;
      return typeof name === "string" ? [decodeEntities(name)] : [];
    });
    const venue2 = list(info.venue).find((name) => typeof name === "string") ?? "";
    const year = Number(info.year);
    return [
      {
        title: decodeEntities(info.title).replace(/\.\s*$/, ""),
        venue: decodeEntities(venue2),
        ...Number.isInteger(year) && year > 0 && { year },
        type: typeof info.type === "string" ? info.type : "",
        authors
      }
    ];
  });
}
function surname(name) {
  const words = name.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").replace(/\s+\d{4}$/, "").toLowerCase().split(/[\s.]+/).filter((word) => word !== "");
  return words.at(-1) ?? "";
}
function dblpVenueOf(record, search) {
  if (search?.status !== "found" || !record.authors?.length) return void 0;
  const surnames = new Set(record.authors.map(surname));
  const venues = search.hits.flatMap((hit) => {
    const published = !INFORMAL.test(hit.type) && hit.venue !== "" && hit.venue !== "CoRR";
    const same = published && compareTitles(hit.title, record.title).match === "same";
    const venue2 = same && hit.authors.some((author) => surnames.has(surname(author)));
    return venue2 ? venueFromName(hit.venue, hit.year, "dblp") ?? [] : [];
  });
  const distinct = new Set(venues.map((venue2) => venue2.name));
  return distinct.size === 1 ? venues[0] : void 0;
}
function dblpQuery(title) {
  return title.normalize("NFKC").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
async function searchDblp(titles, options) {
  const results = /* @__PURE__ */ new Map();
  const session = new SpacedSession("DBLP", options);
  let unreachable;
  for (const title of new Set(titles)) {
    if (unreachable !== void 0) {
      results.set(title, { status: "unverifiable", reason: unreachable });
      continue;
    }
    const url = `${options.api}?${new URLSearchParams({ q: dblpQuery(title), format: "json", h: String(HITS) })}`;
    const sent = await session.send(url, { headers: { accept: "application/json" } });
    if (sent.kind === "unavailable") {
      results.set(title, { status: "unverifiable", reason: sent.reason });
      if (sent.transport) unreachable = sent.reason;
      continue;
    }
    const { status, body } = sent.response;
    if (status !== 200) {
      results.set(title, { status: "unverifiable", reason: `DBLP answered HTTP ${status}` });
      continue;
    }
    try {
      results.set(title, { status: "found", hits: parseDblpAnswer(body) });
    } catch {
      results.set(title, { status: "unverifiable", reason: "DBLP sent an unreadable answer" });
    }
  }
  return { results, requests: session.requests };
}

// src/verify/types.ts
var SOFT_NOT_FOUND = "soft 404: redirected to a generic page";
var NETWORK_UNAVAILABLE = "network unavailable";

// src/verify/github.ts
var RESERVED_OWNERS = /* @__PURE__ */ new Set([
  "about",
  "account",
  "apps",
  "blog",
  "business",
  "codespaces",
  "collections",
  "contact",
  "copilot",
  "customer-stories",
  "dashboard",
  "education",
  "enterprise",
  "events",
  "explore",
  "features",
  "git-guides",
  "github-copilot",
  "home",
  "issues",
  "join",
  "login",
  "logout",
  "marketplace",
  "mobile",
  "new",
  "nonprofit",
  "notifications",
  "open-source",
  "organizations",
  "orgs",
  "partners",
  "premium-support",
  "pricing",
  "pulls",
  "readme",
  "resources",
  "search",
  "security",
  "sessions",
  "settings",
  "signup",
  "site",
  "sitemap",
  "skills",
  "solutions",
  "sponsors",
  "stars",
  "team",
  "topics",
  "trending",
  "users",
  "watching"
]);
var OWNER = /^[a-z\d][a-z\d-]{0,38}$/i;
var REPO = /^[\w.-]{1,100}$/;
var MAX_REDIRECTS = 3;
var GITHUB_HOSTS = /* @__PURE__ */ new Set(["github.com", "www.github.com"]);
function repoLink(url) {
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:" || !GITHUB_HOSTS.has(parsed.hostname)) {
    return void 0;
  }
  const segments = parsed.pathname.split("/").filter((segment) => segment !== "");
  const [owner, name, kind] = segments;
  if (owner === void 0 || name === void 0 || !OWNER.test(owner) || RESERVED_OWNERS.has(owner.toLowerCase())) {
    return void 0;
  }
  const gitSuffix = name.endsWith(".git");
  const repo = gitSuffix ? name.slice(0, -4) : name;
  if (!REPO.test(repo) || repo === "." || repo === "..") return void 0;
  if (kind !== void 0 && (gitSuffix || kind !== "tree" && kind !== "blob")) return void 0;
  const rest = segments.slice(2).join("/");
  return {
    repo: { owner, repo },
    rest: (rest === "" ? "" : `/${rest}`) + parsed.search + parsed.hash
  };
}
function githubRepoOf(url) {
  return repoLink(url)?.repo;
}
function githubRepoKey(repo) {
  return `${repo.owner}/${repo.repo}`.toLowerCase();
}
function githubLinkVerdict(url, result) {
  switch (result.status) {
    case "found":
      return { status: "alive", finalUrl: url };
    case "not-found":
      return { status: "dead", reason: "GitHub repository not found", httpStatus: 404 };
    case "moved": {
      const to = result.htmlUrl.replace(/\/+$/, "") + (repoLink(url)?.rest ?? "");
      return { status: "redirect", to, httpStatus: 301, chain: [url, to] };
    }
    case "unverifiable":
      return void 0;
  }
}
function repositoryResult(repo, fullName, htmlUrl, facts) {
  if (fullName.toLowerCase() !== githubRepoKey(repo)) return { status: "moved", htmlUrl };
  return { status: "found", fullName, htmlUrl, ...facts };
}
var dateOf = (value) => typeof value === "string" && !Number.isNaN(Date.parse(value)) ? value : void 0;
var RateLimit = class {
  remaining;
  reset;
  inFlight = 0;
  update(headers) {
    const remaining = headerValue(headers, "x-ratelimit-remaining");
    const reset = Number(headerValue(headers, "x-ratelimit-reset"));
    if (remaining !== void 0 && /^\d+$/.test(remaining)) this.remaining = Number(remaining);
    if (Number.isFinite(reset) && reset > 0) this.reset = reset;
  }
  /** Whether one more request fits in what GitHub said is left, counting the ones still on their way. */
  allows() {
    return this.remaining === void 0 || this.remaining - this.inFlight > 0;
  }
  reason() {
    const when = this.reset === void 0 ? "" : ` until ${new Date(this.reset * 1e3).toISOString()}`;
    return `GitHub API rate limit reached${when}`;
  }
};
async function lookupOne(repo, options, limit, count2) {
  const apiOrigin = new URL(options.api).origin;
  let url = `${options.api.replace(/\/+$/, "")}/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!limit.allows()) return { status: "unverifiable", reason: limit.reason() };
    const headers = {
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28"
    };
    if (options.token && new URL(url).origin === apiOrigin) headers.authorization = `Bearer ${options.token}`;
    count2();
    limit.inFlight++;
    let response;
    try {
      response = await sendRegistryRequest(url, { headers }, options);
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      return { status: "unverifiable", reason: `GitHub API: ${error.message}` };
    } finally {
      limit.inFlight--;
    }
    limit.update(response.headers);
    const { status } = response;
    const location = headerValue(response.headers, "location");
    if ((status === 301 || status === 302 || status === 307 || status === 308) && location) {
      url = new URL(location, url).toString();
      continue;
    }
    if (status === 404) return { status: "not-found" };
    if (status === 200) return repoResult(repo, response.body);
    if ((status === 403 || status === 429) && limit.remaining === 0) {
      return { status: "unverifiable", reason: limit.reason() };
    }
    return { status: "unverifiable", reason: `GitHub API answered HTTP ${status}` };
  }
  return { status: "unverifiable", reason: "GitHub API redirected too often" };
}
function repoResult(repo, body) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return { status: "unverifiable", reason: "GitHub API sent unreadable JSON" };
  }
  if (typeof json.full_name !== "string" || typeof json.html_url !== "string") {
    return { status: "unverifiable", reason: "GitHub API sent no repository" };
  }
  const lastChange = dateOf(json.pushed_at);
  return repositoryResult(repo, json.full_name, json.html_url, {
    archived: json.archived === true,
    ...lastChange && { lastChange }
  });
}
var GRAPHQL_BATCH = 100;
function graphqlEndpointOf(api) {
  const root = api.replace(/\/+$/, "");
  return /\/api\/v3$/.test(root) ? `${root.slice(0, -"/v3".length)}/graphql` : `${root}/graphql`;
}
var REPOSITORY_FIELDS = "nameWithOwner isArchived url isEmpty defaultBranchRef { target { ... on Commit { committedDate } } }";
function batchQuery(repos) {
  const variables = {};
  const parameters = [];
  const fields = [];
  for (const [index, { owner, repo }] of repos.entries()) {
    variables[`o${index}`] = owner;
    variables[`n${index}`] = repo;
    parameters.push(`$o${index}: String!, $n${index}: String!`);
    fields.push(
      `r${index}: repository(owner: $o${index}, name: $n${index}, followRenames: true) { ${REPOSITORY_FIELDS} }`
    );
  }
  return { query: `query(${parameters.join(", ")}) { ${fields.join(" ")} }`, variables };
}
function batchResults(repos, body) {
  const answers = /* @__PURE__ */ new Map();
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return answers;
  }
  const missing = new Set(
    (json.errors ?? []).flatMap(
      (error) => error.type === "NOT_FOUND" && Array.isArray(error.path) && error.path.length === 1 ? [error.path[0]] : []
    )
  );
  for (const [index, repo] of repos.entries()) {
    const alias = `r${index}`;
    const node = json.data?.[alias];
    if (node === null && missing.has(alias)) {
      answers.set(githubRepoKey(repo), { status: "not-found" });
    } else if (node && typeof node.nameWithOwner === "string" && typeof node.url === "string") {
      const lastChange = dateOf(node.defaultBranchRef?.target?.committedDate);
      answers.set(
        githubRepoKey(repo),
        repositoryResult(repo, node.nameWithOwner, node.url, {
          archived: node.isArchived === true,
          ...typeof node.isEmpty === "boolean" && { empty: node.isEmpty },
          ...lastChange && { lastChange }
        })
      );
    }
  }
  return answers;
}
async function lookupByGraphql(repos, options) {
  const endpoint = graphqlEndpointOf(options.api);
  const limit = new RateLimit();
  const results = /* @__PURE__ */ new Map();
  let requests = 0;
  let unavailable = false;
  const batches = [];
  for (let start = 0; start < repos.length; start += GRAPHQL_BATCH) {
    batches.push(repos.slice(start, start + GRAPHQL_BATCH));
  }
  const ask = async (batch) => {
    if (unavailable || !limit.allows()) return;
    requests++;
    limit.inFlight++;
    let response;
    try {
      response = await sendRegistryRequest(
        endpoint,
        {
          method: "POST",
          headers: { authorization: `Bearer ${options.token}`, "content-type": "application/json" },
          body: JSON.stringify(batchQuery(batch))
        },
        options
      );
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      if (error.timedOut) return;
      const reason = `GitHub API: ${error.message}`;
      for (const repo of batch) results.set(githubRepoKey(repo), { status: "unverifiable", reason });
      return;
    } finally {
      limit.inFlight--;
    }
    limit.update(response.headers);
    if (response.status === 404) unavailable = true;
    if (response.status !== 200) return;
    for (const [key, result] of batchResults(batch, response.body)) results.set(key, result);
  };
  const [first, ...others] = batches;
  if (first) await ask(first);
  const one = pLimit(Math.max(1, options.concurrency));
  await Promise.all(others.map((batch) => one(() => ask(batch))));
  return { results, requests };
}
async function lookupGithubRepos(repos, options) {
  const distinct = new Map(repos.map((repo) => [githubRepoKey(repo), repo]));
  const { token } = options;
  const graphql = token ? await lookupByGraphql([...distinct.values()], { ...options, token }) : { results: /* @__PURE__ */ new Map(), requests: 0 };
  const rateLimit = new RateLimit();
  const rest = await lookupEach(
    [...distinct].filter(([key]) => !graphql.results.has(key)),
    options.concurrency,
    (repo, count2) => lookupOne(repo, options, rateLimit, count2)
  );
  const results = /* @__PURE__ */ new Map();
  for (const key of distinct.keys()) {
    const result = graphql.results.get(key) ?? rest.results.get(key);
    if (result) results.set(key, result);
  }
  return { results, requests: graphql.requests + rest.requests };
}

// src/version.ts
var VERSION = "0.1.0";

// src/verify/defaults.ts
var USER_AGENT = `paperlint/${VERSION} (+https://github.com/paperlint/paperlint)`;
var DEFAULT_DBLP_API = "https://dblp.org/search/publ/api";
var DEFAULT_DBLP_INTERVAL = 1e3;
var DEFAULT_VERIFY_OPTIONS = {
  concurrency: 32,
  hostConcurrency: 4,
  hostInterval: 20,
  timeout: 15e3,
  arxivApi: "https://export.arxiv.org/api/query",
  arxivInterval: 3e3,
  maxSearches: 50,
  doiApi: "https://doi.org/api/handles",
  dblpApi: DEFAULT_DBLP_API,
  dblpInterval: DEFAULT_DBLP_INTERVAL,
  githubApi: "https://api.github.com",
  allowPrivateHosts: false,
  cachePath: void 0,
  userAgent: USER_AGENT
};

// src/text/doi.ts
var DOI_AT_START = /^10\.\d{4,9}\/\S+/;
var DOI_PATH = /\/doi\/(?:(?:abs|pdf|full|epdf|pdfdirect|fullhtml|book|suppl)\/)?(10\.\d{4,9}\/.+)$/i;
var SPRINGER_PATH = /^\/(?:article|chapter|book|content\/pdf|referenceworkentry)\/(10\.\d{4,9}\/.+)$/i;
function trimDoi(raw) {
  let doi = raw;
  for (; ; ) {
    const before = doi;
    doi = doi.replace(/[.,;:'"!?>\]}*_]+$/, "").replace(/\.pdf$/i, "");
    if (doi.endsWith(")") && count(doi, "(") < count(doi, ")")) doi = doi.slice(0, -1);
    if (doi === before) return doi;
  }
}
function count(text, char) {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
function normalise(raw) {
  const doi = trimDoi(safeDecode(raw)).toLowerCase();
  return DOI_AT_START.test(doi) ? doi : void 0;
}
function doiFromUrl(url) {
  if (!url.includes("10.") && !url.includes("%")) return void 0;
  const trimmed = url.trim();
  const scheme = /^doi:\s*(.+)$/i.exec(trimmed);
  if (scheme) return normalise(scheme[1]);
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#\s]+)([^?#\s]*)/i.exec(trimmed);
  if (!match) return void 0;
  const host = match[1].toLowerCase().replace(/:\d+$/, "");
  const path = match[2];
  if (isDoiResolverHost(host)) return normalise(path.replace(/^\/+/, ""));
  const inPath = DOI_PATH.exec(path) ?? (host.endsWith("springer.com") ? SPRINGER_PATH.exec(path) : null);
  return inPath ? normalise(inPath[1]) : void 0;
}
var RESOLVER_PREFIX = DOI_RESOLVER_HOSTS.map((host) => host.replaceAll(".", "\\.")).join("|");
var DOI_IN_TEXT = new RegExp(
  `(?:\\bdoi:\\s*|\\bhttps?://(?:${RESOLVER_PREFIX})/)?(?<![\\w.])(10\\.\\d{4,9}/[^\\s"<>\`|]+)`,
  "gi"
);
function findDoisInText(text) {
  const found = [];
  if (!text.includes("10.")) return found;
  for (const match of text.matchAll(DOI_IN_TEXT)) {
    const trimmed = trimDoi(match[1]);
    const doi = normalise(trimmed);
    if (doi === void 0) continue;
    const prefixLength = match[0].length - match[1].length;
    found.push({ doi, index: match.index, length: prefixLength + trimmed.length });
  }
  return found;
}

// src/verify/route.ts
function routeLink(link) {
  let url;
  try {
    url = new URL(link);
  } catch {
    return { kind: "skip" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { kind: "skip" };
  const host = url.hostname.toLowerCase();
  if (isArxivHost(host)) return { kind: "arxiv" };
  const doi = isDoiResolverHost(host) ? doiFromUrl(link) : void 0;
  if (doi) return { kind: "doi", doi };
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

// src/verify/summary.ts
function tallyOf(status) {
  if (status === "alive" || status === "redirect" || status === "found" || status === "moved") return "alive";
  return status === "dead" || status === "not-found" ? "dead" : "unverified";
}
function summarizeLinks(results) {
  const counts = { checked: 0, alive: 0, dead: 0, unverified: 0 };
  for (const { status } of [...results.links.values(), ...results.arxiv.values(), ...results.dois.values()]) {
    counts.checked += 1;
    counts[tallyOf(status)] += 1;
  }
  return counts;
}
function progressLine(progress) {
  const { done, total, alive, dead, unverified } = progress;
  return `Verifying links ${done}/${total}: ${alive} alive, ${dead} dead, ${unverified} unverified`;
}

export {
  safeDecode,
  normalizeUrl,
  httpHostOf,
  isPaperPageHost,
  isPaperIndexUrl,
  ARXIV_ARCHIVES,
  arxivHostKind,
  isArxivHost,
  mayBeArxivUrl,
  splitUrl,
  arxivIdFromPath,
  versionedId,
  arxivIdFromUrl,
  findArxivIdsInText,
  monthIndex,
  yearMonth,
  parseArxivId,
  doiFromUrl,
  findDoisInText,
  pLimit,
  blockedReason,
  NetworkUnavailableError,
  UNRESOLVED_CODES,
  createRunResolver,
  TransportError,
  sendRegistryRequest,
  headerValue,
  retryAfterMs,
  busyWait,
  sleep,
  lookupEach,
  arxivKey,
  arxivTitleQuery,
  lookupArxiv,
  firstVersionsWanted,
  venueKey,
  venueFromName,
  publishedVenue,
  dblpVenueOf,
  searchDblp,
  SOFT_NOT_FOUND,
  NETWORK_UNAVAILABLE,
  githubRepoOf,
  githubRepoKey,
  githubLinkVerdict,
  lookupGithubRepos,
  VERSION,
  DEFAULT_DBLP_API,
  DEFAULT_DBLP_INTERVAL,
  DEFAULT_VERIFY_OPTIONS,
  routeLink,
  withoutFragment,
  tallyOf,
  summarizeLinks,
  progressLine
};
