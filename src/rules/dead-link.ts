/**
 * @rule dead-link
 * @summary Links that are gone: 404/410, host names that no longer resolve, redirect loops.
 * @fixable no
 *
 * Needs the network (skipped with `--offline`). A link is dead only when the answer is unambiguous:
 * HTTP 404 or 410 (after a HEAD refused by the server is retried as GET), a host name that does not
 * resolve while other names do, a redirect loop, or more than 10 redirects. A GitHub repository link is
 * dead when the GitHub API says the repository does not exist.
 *
 * Anything less certain — 401/403 bot walls, rate limits, timeouts, server errors, TLS problems, private
 * addresses — is an `unverified-link` instead, never a dead link. When no host name resolves at all
 * the network is taken to be down and every link is unverified.
 *
 * The finding is an `error` on the link, e.g. `Dead link: HTTP 404` for
 * `- Some Paper, [[code]](https://example.com/gone)`.
 */
import type { LinkVerdict } from '../verify/types.js';
import { defineNetworkRule, linkVerdicts } from './network-rule.js';

function describe(verdict: Extract<LinkVerdict, { status: 'dead' }>): string {
  const final = verdict.chain && verdict.chain.length > 1 ? verdict.chain.at(-1) : undefined;
  return final && verdict.reason.startsWith('HTTP')
    ? `${verdict.reason} after redirect to ${final}`
    : verdict.reason;
}

export default defineNetworkRule('dead-link', (list, results) =>
  linkVerdicts(list, results).flatMap(({ link, verdict }) =>
    verdict.status === 'dead'
      ? [
          {
            severity: 'error' as const,
            message: `Dead link: ${describe(verdict)}`,
            span: link.span,
            url: link.url,
          },
        ]
      : [],
  ),
);
