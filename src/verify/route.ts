import { safeDecode } from '../text/url.js';
import { type GithubRepo, githubRepoOf } from './github.js';

/** Where a web link is verified: registries answer for arXiv, DOIs and GitHub; everything else is fetched. */
export type Route =
  | { kind: 'arxiv' }
  | { kind: 'doi'; doi: string }
  | { kind: 'github'; repo: GithubRepo }
  /** `key`: the URL without its fragment, which the server never sees. */
  | { kind: 'http'; key: string }
  | { kind: 'skip' };

const DOI_RESOLVERS = new Set(['doi.org', 'dx.doi.org', 'www.doi.org']);
const DOI = /^10\.\d{4,9}\/\S+$/;

export function routeLink(link: string): Route {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { kind: 'skip' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'skip' };
  const host = url.hostname.toLowerCase();
  // arXiv links arrive as ids in the request and go to the arXiv API; arxiv.org itself is never crawled.
  if (host === 'arxiv.org' || host.endsWith('.arxiv.org')) return { kind: 'arxiv' };
  if (DOI_RESOLVERS.has(host)) {
    const doi = safeDecode(url.pathname.slice(1)).toLowerCase();
    if (DOI.test(doi)) return { kind: 'doi', doi };
  }
  if (host === 'github.com' || host === 'www.github.com') {
    const repo = githubRepoOf(link);
    if (repo) return { kind: 'github', repo };
  }
  url.hash = '';
  return { kind: 'http', key: url.href };
}

/** The URL a server sees: the fragment never leaves the client, so `#a` and `#b` are one check. */
export function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}
