import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  compareTitles
} from "./chunk-BIKLHWNS.js";

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
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
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
  const parts = splitUrl(url);
  if (!parts || !isArxivHost(parts.host)) return void 0;
  return arxivIdFromPath(safeDecode(parts.path));
}
var ID_IN_TEXT = new RegExp(
  `(?<![a-z0-9])arxiv(?::\\s*|\\s+)(?:(?<yymm>\\d{4})\\.(?<number>\\d{4,5})|(?<archive>${ARCHIVE_ALTERNATION})(?:\\.[a-z][a-z-]*)?/(?<oldNumber>\\d{7}))(?:v(?<version>\\d+))?(?![\\d.]\\d|[a-z0-9])`,
  "gi"
);
function findArxivIdsInText(text) {
  return [...text.matchAll(ID_IN_TEXT)].map((match) => {
    const { yymm, number, archive, oldNumber, version } = match.groups;
    const id = idOf(yymm, number ?? oldNumber, archive);
    return { ...withVersion(id, version), index: match.index, length: match[0].length };
  });
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
  const [, yy, mm, number, marker, version] = m;
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
function arxivKey(ref) {
  return versionedId(ref);
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
function matchFeed(refs, feed) {
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
        withdrawn: isWithdrawnComment(entry.comment)
      }
    });
  }
  return results;
}
var ArxivSession = class {
  constructor(options) {
    this.options = options;
  }
  options;
  requests = 0;
  lastEnd = Number.NEGATIVE_INFINITY;
  async query(parameters) {
    const { interval, retries = 3, maxRetryWait = 6e4 } = this.options;
    const form = new URLSearchParams(parameters).toString();
    let wait = 0;
    let transportFailures = 0;
    for (let attempt = 0; ; attempt++) {
      await sleep(Math.max(this.lastEnd + Math.max(interval, wait) - Date.now(), 0));
      this.requests++;
      let response;
      try {
        response = await sendRegistryRequest(
          this.options.api,
          {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/atom+xml" },
            body: form
          },
          this.options
        );
      } catch (error) {
        this.lastEnd = Date.now();
        if (!(error instanceof TransportError)) throw error;
        if (!error.timedOut && !error.unresolved && ++transportFailures < 2) continue;
        return { kind: "unavailable", reason: `arXiv API: ${error.message}`, transport: !error.timedOut };
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
          return { kind: "unavailable", reason: `arXiv API busy (HTTP ${status})`, transport: false };
        }
        wait = busy;
        continue;
      }
      const feed = await readFeed(response.body);
      if (status === 400 && feed && feed.errors.length > 0) return { kind: "rejected", feed };
      if (status !== 200) {
        return { kind: "unavailable", reason: `arXiv API answered HTTP ${status}`, transport: false };
      }
      return feed ? { kind: "feed", feed } : { kind: "unavailable", reason: "arXiv API sent an unreadable feed", transport: false };
    }
  }
};
async function readFeed(body) {
  const { parseArxivFeed } = await import("./atom-FJWUBAOV.js");
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
        for (const [key, result] of matchFeed(batch, outcome.feed)) results.set(key, result);
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
  SOFT_NOT_FOUND,
  NETWORK_UNAVAILABLE,
  githubRepoOf,
  githubRepoKey,
  githubLinkVerdict,
  lookupGithubRepos,
  routeLink,
  withoutFragment,
  tallyOf,
  summarizeLinks,
  progressLine
};
