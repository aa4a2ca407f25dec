/**
 * @aspect separators
 *
 * `separator`: what separates two links of an entry (`, `, ` | `, a space or nothing) when most
 * entries separate them otherwise. Separators are compared as Markdown shows them: `,  ` is `, `
 * here (its extra space is a `whitespace` info). The fix writes the separator most entries use.
 *
 * @example ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700), [[code]](https://github.com/o/a)
 * - Title Two, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700), [[code]](https://github.com/o/b)
 * - Title Three, arxiv 2023/07, [[paper]](https://arxiv.org/abs/2307.11700)
 *
 * @example not-ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700), [[code]](https://github.com/o/a)
 * - Title Two, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700), [[code]](https://github.com/o/b)
 * - Title Three, arxiv 2023/07, [[paper]](https://arxiv.org/abs/2307.11700)[[code]](https://github.com/o/c)
 * - Title Four, arxiv 2023/08, [[paper]](https://arxiv.org/abs/2308.11700), [[code]](https://github.com/o/d)
 * @expect 3:74 warning Expected ', ' between links, like most entries, instead of nothing after '[paper]' (separator)
 */

import type { Entry, PaperList } from '../../types.js';
import type { StyleTally } from './tally.js';

const MAX_SEPARATOR = 4;

function describeSeparator(gap: string): string {
  if (gap === '') return 'nothing';
  if (gap === ' ') return 'a space';
  return `'${gap}'`;
}

/** The separator as Markdown shows it: a run of spaces is one space. */
function shown(gap: string): string {
  return gap.replace(/ {2,}/g, ' ');
}

export function observeSeparators(list: PaperList, entry: Entry, out: StyleTally) {
  for (let i = 1; i < entry.links.length; i++) {
    const from = entry.links[i - 1].span.end.offset;
    const to = entry.links[i].span.start.offset;
    const gap = list.source.slice(from, to);
    if (to < from || gap.length > MAX_SEPARATOR || !/^[ ,;|/·]*$/.test(gap)) continue;
    // In a table row a `|` between two links ends a cell: the links stand in different columns.
    if (entry.kind === 'table' && gap.includes('|')) continue;
    const variant = shown(gap);
    // The spelling most entries give a separator (`  ` for a space), for fixes.
    out.count(`separator-spelling:${variant}`, gap);
    out.observe({
      entry,
      dimension: 'separator',
      variant,
      report: (expected) => ({
        check: 'separator',
        at: from,
        expected: `Expected ${describeSeparator(expected)} between links, like most entries, instead of`,
        where: `${describeSeparator(variant)} after '${entry.links[i - 1].label.slice(0, 30)}'`,
        fix: {
          start: from,
          end: to,
          replacement: out.mostCommon(`separator-spelling:${expected}`) ?? expected,
        },
      }),
    });
  }
}
