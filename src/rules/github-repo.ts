/**
 * @rule github-repo
 * @summary Links to archived (read-only) GitHub repositories.
 * @fixable no
 *
 * Needs the network (skipped with `--offline`). Links to a github.com repository — `github.com/owner/repo`,
 * optionally followed by `/tree/…`, `/blob/…`, `.git` or `#readme` — are checked through the GitHub REST
 * API (`--github-api`, with `$GITHUB_TOKEN` when set) rather than by loading the page. A repository its
 * owner archived still exists but is no longer maintained: readers should know before they build on it.
 *
 * The other answers of the API go to the link rules: a repository that does not exist is a `dead-link`,
 * a renamed or transferred one a `redirect` to its new URL. Without a token the API allows few requests;
 * once its rate limit is spent the remaining repository links are checked as plain web pages.
 *
 * The finding is a `warning` on the link, e.g. `GitHub repository old/Thing is archived` for
 * `- Some Paper, [[code]](https://github.com/old/Thing)`.
 */
import { githubRepoKey, githubRepoOf } from '../verify/github.js';
import { defineNetworkRule } from './network-rule.js';

export default defineNetworkRule('github-repo', (list, results) =>
  list.entries.flatMap((entry) => {
    const seen = new Set<string>();
    return entry.links.flatMap((link) => {
      const repo = githubRepoOf(link.url);
      // verify() files GitHub results per repository (`owner/repo`, lower-case), not per link.
      const result = repo && results.github.get(githubRepoKey(repo));
      if (result?.status !== 'found' || !result.archived) return [];
      if (seen.has(result.fullName)) return [];
      seen.add(result.fullName);
      return [
        {
          severity: 'warning' as const,
          message: `GitHub repository ${result.fullName} is archived`,
          span: link.span,
          url: link.url,
        },
      ];
    });
  }),
);
