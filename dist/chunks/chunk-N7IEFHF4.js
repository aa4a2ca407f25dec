import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  FileError,
  readRegularFile
} from "./chunk-TMKY6SYQ.js";

// src/verify/cache.ts
import { randomBytes } from "node:crypto";
import { realpath, rename, rm, writeFile } from "node:fs/promises";
var CACHE_VERSION = 1;
var FORMAT = "paperlint-cache";
var DAY = 24 * 60 * 60 * 1e3;
var TTL = { alive: 7 * DAY, dead: DAY, metadata: 7 * DAY };
function ttlOf(section2, value) {
  switch (value.status) {
    case "unverifiable":
      return 0;
    case "dead":
    case "not-found":
      return TTL.dead;
    default:
      return section2 === "links" ? TTL.alive : TTL.metadata;
  }
}
var section = () => /* @__PURE__ */ Object.create(null);
var emptyCache = () => ({
  links: section(),
  arxiv: section(),
  arxivSearches: section(),
  dois: section(),
  github: section(),
  dblp: section()
});
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var text = (value) => typeof value === "string";
var count = (value) => Number.isSafeInteger(value);
var flag = (value) => typeof value === "boolean";
var httpUrl = (value) => typeof value === "string" && /^https?:\/\//i.test(value) && URL.canParse(value);
var optional = (check) => (value) => value === void 0 || check(value);
var listOf = (check) => (value) => Array.isArray(value) && value.every(check);
var shape = (fields) => (value) => isRecord(value) && Object.entries(fields).every(([name, check]) => check(value[name]));
var oneOf = (variants) => (value) => isRecord(value) && typeof value.status === "string" && Object.hasOwn(variants, value.status) && shape(variants[value.status])(value);
var unverifiable = { reason: text };
var VALID = {
  links: oneOf({
    alive: { finalUrl: optional(httpUrl), chain: optional(listOf(httpUrl)) },
    redirect: { to: httpUrl, httpStatus: count, chain: listOf(httpUrl) },
    dead: { reason: text, httpStatus: optional(count), chain: optional(listOf(httpUrl)) },
    unverifiable: { reason: text, httpStatus: optional(count) }
  }),
  arxiv: oneOf({
    found: {
      record: shape({
        id: text,
        version: optional(count),
        title: text,
        firstTitle: optional(text),
        published: optional(text),
        comment: optional(text),
        journalRef: optional(text),
        doi: optional(text),
        authors: optional(listOf(text)),
        code: optional(httpUrl),
        withdrawn: flag
      })
    },
    "not-found": {},
    unverifiable
  }),
  arxivSearches: oneOf({ found: { papers: listOf(shape({ id: text, title: text })) }, unverifiable }),
  dois: oneOf({ found: {}, "not-found": {}, unverifiable }),
  github: oneOf({
    found: { archived: flag, fullName: text, htmlUrl: httpUrl },
    moved: { htmlUrl: httpUrl },
    "not-found": {},
    unverifiable
  }),
  dblp: oneOf({
    found: {
      hits: listOf(
        shape({ title: text, venue: text, year: optional(count), type: text, authors: listOf(text) })
      )
    },
    unverifiable
  })
};
function parseCache(text2, now = Date.now()) {
  if (text2.trim() === "") return { kind: "ok", data: emptyCache() };
  let json;
  try {
    json = JSON.parse(text2);
  } catch {
    return { kind: "ignored", why: "is not a paperlint cache (not JSON)", overwrite: false };
  }
  if (!isRecord(json) || json.format !== FORMAT) {
    return { kind: "ignored", why: "is not a paperlint cache", overwrite: false };
  }
  if (json.version !== CACHE_VERSION) {
    return { kind: "ignored", why: `has cache format version ${String(json.version)}`, overwrite: true };
  }
  const data = emptyCache();
  for (const name of Object.keys(data)) {
    const stored = json[name];
    if (stored === void 0) continue;
    if (!isRecord(stored))
      return { kind: "ignored", why: `has a malformed "${name}" section`, overwrite: true };
    for (const [key, entry] of Object.entries(stored)) {
      if (isRecord(entry) && Number.isFinite(entry.at) && VALID[name](entry.value)) {
        data[name][key] = {
          value: entry.value,
          at: Math.min(entry.at, now)
        };
      }
    }
  }
  return { kind: "ok", data };
}
function serializeCache(data, now) {
  const fresh = emptyCache();
  for (const section2 of Object.keys(data)) {
    for (const [key, entry] of Object.entries(data[section2])) {
      if (now - entry.at < ttlOf(section2, entry.value))
        fresh[section2][key] = entry;
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
  get(section2, key) {
    const entry = this.data[section2][key];
    if (!entry) return void 0;
    return this.now() - entry.at < ttlOf(section2, entry.value) ? entry.value : void 0;
  }
  set(section2, key, value) {
    if (ttlOf(section2, value) > 0)
      this.data[section2][key] = { value, at: this.now() };
  }
};
var MAX_CACHE_BYTES = 64 * 1024 * 1024;
async function loadCache(path, now = Date.now) {
  const empty = new VerdictCache(emptyCache(), now);
  let text2;
  try {
    text2 = (await readRegularFile(path, path, { maxBytes: MAX_CACHE_BYTES })).bytes.toString("utf8");
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    if (error.kind === "missing") return { cache: empty, writable: true };
    return {
      cache: empty,
      writable: false,
      warning: `Link cache ${path} could not be read (${error.why}); ignoring it and not writing to it.`,
      ...error.kind === "refused" && { foreign: error.why }
    };
  }
  const parsed = parseCache(text2, now());
  if (parsed.kind === "ok") return { cache: new VerdictCache(parsed.data, now), writable: true };
  const consequence = parsed.overwrite ? "ignoring and replacing it" : "ignoring it and not writing to it";
  return {
    cache: empty,
    writable: parsed.overwrite,
    warning: `Link cache ${path} ${parsed.why}; ${consequence}.`,
    ...!parsed.overwrite && { foreign: parsed.why }
  };
}
async function saveCache(file, cache, now = Date.now()) {
  const path = await realpath(file).catch(() => file);
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, serializeCache(cache.data, now), { flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export {
  CACHE_VERSION,
  TTL,
  emptyCache,
  parseCache,
  serializeCache,
  VerdictCache,
  loadCache,
  saveCache
};
