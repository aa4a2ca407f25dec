/**
 * @rule unverified-link
 * @summary Links that could not be checked (bot walls, rate limits, timeouts, TLS errors, private addresses).
 * @fixable no
 *
 * Needs the network (skipped with `--offline`). Reported as `info` so that a list is never failed by a
 * site that refuses robots: the message says why the link could not be verified — HTTP 401/403 (login
 * or bot wall), 429 (rate limited), a bot challenge (`cf-mitigated: challenge`), a timeout, a server
 * error (5xx) or a connection reset after retries and one slower final pass, a TLS error, a redirect
 * to a non-web scheme, "network unavailable" when no host name resolves at all, or "blocked private
 * address" when the host resolves to a loopback, private, link-local (cloud metadata), CGNAT,
 * multicast or IPv6 unique-local address — links in pull requests are untrusted, so paperlint never
 * connects there unless `--allow-private-hosts` is given.
 *
 * For example `- Some Paper, [[pdf]](https://publisher.example/paper.pdf)` behind a bot wall gives
 * `Could not verify link: HTTP 403 (access denied, possibly a bot wall)`.
 */
import { defineNetworkRule, linkVerdicts } from './network-rule.js';

export default defineNetworkRule('unverified-link', 'info', (list, results) =>
  linkVerdicts(list, results).flatMap(({ link, verdict }) =>
    verdict.status === 'unverifiable'
      ? [
          {
            severity: 'info' as const,
            message: `Could not verify link: ${verdict.reason}`,
            span: link.span,
            url: link.url,
          },
        ]
      : [],
  ),
);
