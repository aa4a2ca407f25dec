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
 * arXiv ids and DOIs whose registry could not answer (rate limited, unreachable) are reported the same
 * way: `Could not verify arXiv id 2305.11700: arXiv API busy (HTTP 503)`.
 *
 * When the network is unavailable, the human formats (stylish, GitHub, Markdown) show one line with the
 * count of these infos instead of one line each; JSON and SARIF keep every one with its reason.
 *
 * For example `- Some Paper, [[pdf]](https://publisher.example/paper.pdf)` behind a bot wall gives
 * `Could not verify link: HTTP 403 (access denied, possibly a bot wall)`.
 */
import type { RuleFinding } from '../types.js';
import { NETWORK_UNAVAILABLE } from '../verify/types.js';
import { defineNetworkRule, linkVerdicts } from './network-rule.js';
import { arxivResults, doiResults, placeOf } from './registry-refs.js';

/**
 * Marks what the network's absence left unchecked, for the reports that count it instead of listing it: a link
 * by its URL, an id or DOI once however many links carry it, as the summary's link counts count them.
 */
const unchecked = (reason: string, what: string) =>
  reason === NETWORK_UNAVAILABLE ? { networkUnavailable: what } : {};

export default defineNetworkRule('unverified-link', (list, results) => {
  const findings: RuleFinding[] = [];
  for (const { link, verdict } of linkVerdicts(list, results)) {
    if (verdict.status !== 'unverifiable') continue;
    findings.push({
      severity: 'info',
      message: `Could not verify link: ${verdict.reason}`,
      span: link.span,
      url: link.url,
      ...unchecked(verdict.reason, link.url),
    });
  }
  // arXiv ids and DOIs are checked through their registries; when those could not answer, say so too.
  for (const { ref, key, result } of arxivResults(list, results)) {
    if (result.status !== 'unverifiable') continue;
    findings.push({
      severity: 'info',
      message: `Could not verify arXiv id ${ref.id}: ${result.reason}`,
      ...placeOf(ref),
      ...unchecked(result.reason, `arXiv ${key}`),
    });
  }
  for (const { ref, key, result } of doiResults(list, results)) {
    if (result.status !== 'unverifiable') continue;
    findings.push({
      severity: 'info',
      message: `Could not verify DOI ${ref.doi}: ${result.reason}`,
      ...placeOf(ref),
      ...unchecked(result.reason, `DOI ${key}`),
    });
  }
  return findings;
});
