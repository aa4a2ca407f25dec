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
export declare function observeSeparators(list: PaperList, entry: Entry, out: StyleTally): void;
