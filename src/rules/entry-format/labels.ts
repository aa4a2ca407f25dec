/**
 * @aspect labels
 *
 * `label`: a link label spelled unlike the same label elsewhere in the list (`Paper` among `paper`,
 * `[pdf]` among `pdf`). Labels of up to three words count; a title link, a bare URL or a badge's alt text
 * (`[![arxiv](…)](…)`) is not a label.
 * The fix respells the label as most entries do.
 *
 * @example ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700), [[code]](https://github.com/o/a)
 * - Title Two, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700)
 *
 * @example ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700) [![arxiv](https://img.shields.io/badge/arxiv-b31b1b.svg)](https://arxiv.org/abs/2305.11700)
 * - Title Two, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700) [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2306.11700)
 * - Title Three, arxiv 2023/07, [[paper]](https://arxiv.org/abs/2307.11700) [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2307.11700)
 *
 * @example not-ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700)
 * - Title Three, arxiv 2023/07, [[Paper]](https://arxiv.org/abs/2307.11700)
 * - Title Four, arxiv 2023/08, [[paper]](https://arxiv.org/abs/2308.11700)
 * @expect 3:32 warning Expected link label '[paper]', like most entries, instead of '[Paper]' (label)
 */

import { hasWords, normalizeTitle } from '../../text/title.js';
import type { Entry, Fix, Link, PaperList } from '../../types.js';
import type { StyleTally } from './tally.js';

/** Where the label's text lies in the source (inside `[…]`, possibly under markup), when it is there as written. */
function labelFix(list: PaperList, link: Link, replacement: string): Fix | undefined {
  const source = list.source.slice(link.span.start.offset, link.span.end.offset);
  const close = source.lastIndexOf('](');
  const at = source.indexOf(link.label, 1);
  if (at < 1 || close < 0 || at + link.label.length > close) return undefined;
  const start = link.span.start.offset + at;
  return { start, end: start + link.label.length, replacement };
}

/**
 * An image, or a link whose label is an image (`[![arXiv](…badge.svg)](…)`, `<a href><img alt></a>`): its text
 * is the image's alt text, which nobody reads as a label.
 */
function isBadge(list: PaperList, link: Link): boolean {
  const start = link.span.start.offset;
  const next = list.source[start + 1];
  // `[paper](…)`: a `[` before a word opens no image, and most links start so.
  if (list.source[start] === '[' && next !== '!' && !/\s/.test(next ?? '')) return false;
  const source = list.source.slice(start, Math.min(link.span.end.offset, start + 400));
  return /^(?:!|\[\s*!\[|<a\b[^>]*>\s*<img\b)/i.test(source);
}

export function observeLabels(list: PaperList, entry: Entry, out: StyleTally) {
  let title: string | undefined;
  for (const link of entry.links) {
    if (link.label === link.url || isBadge(list, link)) continue;
    const word = normalizeTitle(link.label);
    title ??= normalizeTitle(entry.title);
    // Title links and bare URLs are not labels; a long label is prose.
    if (word === '' || hasWords(word, 4) || word === title) continue;
    out.observe({
      entry,
      dimension: `label:${word}`,
      variant: link.label,
      report: (expected) => ({
        check: 'label',
        at: link.span.start.offset,
        expected: `Expected link label '${expected}', like most entries, instead of`,
        where: `'${link.label}'`,
        fix: labelFix(list, link, expected),
      }),
    });
  }
}
