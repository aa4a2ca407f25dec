import {
  doiFromUrl,
  githubRepoOf,
  isArxivHost,
  isDoiResolverHost
} from "./chunk-AOESDYWF.js";

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

export {
  routeLink,
  withoutFragment,
  tallyOf,
  summarizeLinks
};
