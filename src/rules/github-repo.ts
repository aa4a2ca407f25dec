/**
 * @rule github-repo
 * @summary Links to archived (read-only) or empty GitHub repositories, and, when asked, stale ones.
 * @fixable no
 *
 * Needs the network (skipped with `--offline`). Links to a github.com repository — `github.com/owner/repo`,
 * optionally followed by `/tree/…`, `/blob/…`, `.git` or `#readme` — are checked through the GitHub API
 * (`--github-api`, with `$GITHUB_TOKEN` when set) rather than by loading the page.
 *
 * - **warning**: a repository its owner archived still exists but is no longer maintained: readers should
 *   know before they build on it.
 * - **info**: a repository that holds nothing at all — "code coming soon" that never came. The GraphQL batch
 *   that the token allows tells (it asks `isEmpty` with the rest, no extra request); the REST API cannot
 *   tell reliably (its `size` is 0 for small repositories too), so without a token nothing is said.
 * - **info**, only with the `staleAfterYears` option (default `0`, off): a repository whose latest commit on its
 *   default branch is older than that many years (without a token, its latest push to any branch).
 *   A finished paper's code is often finished too, so age alone is no defect unless a list wants it.
 *
 * The other answers of the API go to the link rules: a repository that does not exist is a `dead-link`,
 * a renamed or transferred one a `redirect` to its new URL. Without a token the API allows few requests;
 * once its rate limit is spent the remaining repository links are checked as plain web pages.
 *
 * The findings are on the link, e.g. `GitHub repository old/Thing is archived` for
 * `- Some Paper, [[code]](https://github.com/old/Thing)`.
 */
import type { Link, RuleFinding } from '../types.js';
import { githubRepoKey, githubRepoOf } from '../verify/github.js';
import type { GithubRepoResult } from '../verify/types.js';
import { defineNetworkRule } from './network-rule.js';

export interface GithubRepoOptions {
  /** Report repositories whose latest commit is older than this many years; 0 turns it off. */
  staleAfterYears: number;
}

const YEAR = 365.25 * 24 * 60 * 60 * 1000;

type Found = Extract<GithubRepoResult, { status: 'found' }>;

function findingOf(
  result: Found,
  link: Link,
  options: GithubRepoOptions,
  today: Date,
): RuleFinding | undefined {
  const on = (severity: RuleFinding['severity'], message: string): RuleFinding => ({
    severity,
    message,
    span: link.span,
    url: link.url,
  });
  if (result.archived) return on('warning', `GitHub repository ${result.fullName} is archived`);
  if (result.empty)
    return on('info', `GitHub repository ${result.fullName} is empty: no code has been pushed`);
  const last = result.lastChange === undefined ? Number.NaN : Date.parse(result.lastChange);
  const years = (today.getTime() - last) / YEAR;
  if (options.staleAfterYears > 0 && years > options.staleAfterYears) {
    return on(
      'info',
      `GitHub repository ${result.fullName} has not changed since ${result.lastChange?.slice(0, 10)} (over ${Math.floor(years)} years)`,
    );
  }
  return undefined;
}

export default defineNetworkRule<GithubRepoOptions>(
  'github-repo',
  (list, results, options, { today }) =>
    list.entries.flatMap((entry) => {
      const seen = new Set<string>();
      return entry.links.flatMap((link) => {
        const repo = githubRepoOf(link.url);
        // verify() files GitHub results per repository (`owner/repo`, lower-case), not per link.
        const result = repo && results.github.get(githubRepoKey(repo));
        if (result?.status !== 'found' || seen.has(result.fullName)) return [];
        const finding = findingOf(result, link, options, today);
        if (!finding) return [];
        seen.add(result.fullName);
        return [finding];
      });
    }),
  { staleAfterYears: 0 },
);
