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
import type { Entry, PaperList } from '../../types.js';
import type { StyleTally } from './tally.js';
export declare function observeLabels(list: PaperList, entry: Entry, out: StyleTally): void;
