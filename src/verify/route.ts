import { isArxivHost } from '../arxiv/id.js';
import { doiFromUrl } from '../text/doi.js';
import { isDoiResolverHost } from '../text/url.js';
import { type GithubRepo, githubRepoOf } from './github.js';

/** Where a web link is verified: registries answer for arXiv, DOIs and GitHub; everything else is fetched. */
export type Route =
  | { kind: 'arxiv' }
  | { kind: 'doi'; doi: string }
  | { kind: 'github'; repo: GithubRepo }
  /** `key`: the URL without its fragment, which the server never sees. */
  | { kind: 'http'; key: string }
  | { kind: 'skip' };

export function routeLink(link: string): Route {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { kind: 'skip' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'skip' };
  const host = url.hostname.toLowerCase();
  // arXiv links arrive as ids in the request and go to the arXiv API; arXiv's hosts are never crawled.
  if (isArxivHost(host)) return { kind: 'arxiv' };
  // A resolver link is the DOI the entry model reads from it; a handle that is no DOI is fetched.
  const doi = isDoiResolverHost(host) ? doiFromUrl(link) : undefined;
  if (doi) return { kind: 'doi', doi };
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
