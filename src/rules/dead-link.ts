/**
 * @rule dead-link
 * @summary Links that are gone: 404/410, host names that no longer resolve, redirect loops, deep links sent to a home or landing page (soft 404).
 * @fixable yes
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
 * A link that redirects from a deep page to the site's home page or a generic landing page (`/`,
 * `/index.html`, `/search`, `/papers/trending`, an error page) answers 200 but the page is gone: a "soft
 * 404", dead, with the redirect chain in the message. A link that is itself a site's root never is, nor is a
 * one-segment link sent to another host's root (a project page that moved to its own domain).
 *
 * Papers with Code closed in 2025 and its paper pages land on Hugging Face's trending papers: a dead
 * `paperswithcode.com/paper/<slug>` link in an entry with an arXiv id, whose slug is the entry's title, gets a
 * fix to the same paper's page on Hugging Face Papers (`https://huggingface.co/papers/<id>`), its label renamed
 * in the list's own style when it names the site (`[[pwc]]` → `[[hf]]`, or the label the list already gives
 * Hugging Face Papers links).
 *
 * The finding is an `error` on the link, e.g. `Dead link: HTTP 404` for
 * `- Some Paper, [[code]](https://example.com/gone)`.
 */
import { type LinkVerdict, SOFT_NOT_FOUND } from '../verify/types.js';
import { defineNetworkRule, linkVerdicts } from './network-rule.js';
import { huggingFacePaper } from './papers-with-code.js';

function describe(verdict: Extract<LinkVerdict, { status: 'dead' }>): string {
  if (verdict.reason === SOFT_NOT_FOUND && verdict.chain)
    return `${verdict.reason} (${verdict.chain.join(' → ')})`;
  const final = verdict.chain && verdict.chain.length > 1 ? verdict.chain.at(-1) : undefined;
  return final && verdict.reason.startsWith('HTTP')
    ? `${verdict.reason} after redirect to ${final}`
    : verdict.reason;
}

export default defineNetworkRule('dead-link', (list, results) =>
  linkVerdicts(list, results).flatMap(({ link, verdict }) => {
    if (verdict.status !== 'dead') return [];
    const successor = huggingFacePaper(list, link, (id) => {
      const result = results.arxiv.get(id);
      return result?.status === 'found' ? result.record.title : undefined;
    });
    return [
      {
        severity: 'error' as const,
        message: `Dead link: ${describe(verdict)}${successor ? `; Hugging Face Papers has the paper at ${successor.url}` : ''}`,
        span: link.span,
        url: link.url,
        ...(successor?.fix && { fix: successor.fix }),
      },
    ];
  }),
);
