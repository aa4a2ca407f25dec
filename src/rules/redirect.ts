/**
 * @rule redirect
 * @summary Links that permanently redirect (301/308) elsewhere; the fix points them at the target.
 * @fixable yes
 *
 * Needs the network (skipped with `--offline`). When a link answers with a permanent redirect (HTTP 301
 * or 308) and the target is alive, the list should link the target directly: permanent redirects are
 * how sites announce a move, and the old address may stop redirecting one day. The fix replaces the
 * URL with the end of the leading run of permanent redirects (the link's `#fragment` is kept).
 * Temporary redirects (302, 303, 307) are fine: sites use them for logins, mirrors and "latest"
 * aliases. Renamed GitHub repositories are reported the same way, with the new repository URL.
 *
 * The finding is a `warning` on the link, e.g. `Permanent redirect (301) to https://example.com/new`
 * for `- Some Paper, [[code]](http://example.com/old)`.
 */
import type { Fix, Link, PaperList } from '../types.js';
import { defineNetworkRule, linkVerdicts } from './network-rule.js';

/** Rewrites the destination only where the source spells it exactly as parsed (no escapes to undo). */
function fixOf(list: PaperList, link: Link, to: string): Fix | undefined {
  const span = link.urlSpan;
  if (!span || list.source.slice(span.start.offset, span.end.offset) !== link.url) return undefined;
  return { start: span.start.offset, end: span.end.offset, replacement: to };
}

export default defineNetworkRule('redirect', (list, results) =>
  linkVerdicts(list, results).flatMap(({ link, verdict }) => {
    if (verdict.status !== 'redirect') return [];
    const fix = fixOf(list, link, verdict.to);
    return [
      {
        severity: 'warning' as const,
        message: `Permanent redirect (${verdict.httpStatus}) to ${verdict.to}`,
        span: link.span,
        url: link.url,
        ...(fix && { fix }),
      },
    ];
  }),
);
