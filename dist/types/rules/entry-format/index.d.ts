/**
 * @rule entry-format
 * @summary Entries without a link or title, broken link syntax, and spacing, punctuation, date, label and separator styles that break the list's own convention; unknown rule ids in paperlint comments.
 * @fixable yes
 *
 * Each finding names its sub-check in parentheses at the end of the message, and each sub-check is an
 * option that `false` turns off (`{"whitespace": false}`):
 * - `no-link`: an entry with no link at all, when most entries of its section (or list) have one. Online, an
 *   entry with a full title is searched on arXiv (`--max-searches`, default 50 a run); when exactly one
 *   paper carries the title, the message names it (`Expected a link, as most entries have; arXiv has this
 *   title as 2306.01234 (no-link)`) and the fix inserts its link at the end of the title's line, in the
 *   list's own label style, separator and URL form (`, [[paper]](https://arxiv.org/abs/2306.01234)`);
 * - `empty-title`: an entry with links but no title, unless a link's text is one (three words or more, no
 *   link label: `- paper: [Crosslingual Generalization through Multitask Finetuning](…)`);
 * - `link-syntax`: Markdown links that do not render as links, unbalanced brackets (`link-syntax.ts`);
 * - `spacing`, `fullwidth`, `whitespace`: spaces around commas, full-width punctuation next to Latin
 *   text, and runs of spaces Markdown shows as one (`spacing.ts`);
 * - `date`: `2023/5` among `2023/05` (`dates.ts`);
 * - `label`: `Paper` among `paper` (`labels.ts`);
 * - `separator`: what separates two links of an entry (`separators.ts`);
 * - `directive`: an unknown rule id in a `<!-- paperlint-disable … -->` comment (`directives.ts`).
 *
 * A style most entries of a list use is its convention, not a defect: each variant is counted per
 * section (over the whole list when a section has fewer than five occurrences) and only a variant used
 * less than a third as often as the majority is reported. Messages say what is expected and where:
 * `Expected a space after ',' in 'Systems,arxiv'`.
 *
 * Findings are warnings on the entry, except `whitespace` (an info: readers never see it) and
 * `directive` (on the comment). Every spacing, full-width, whitespace, date, label and separator finding
 * has a fix (a date or label only where the source spells it as read), as have `[text] (url)`,
 * `[text]url)` and `[text]((url))`; several places of one kind in one entry make one finding whose fix
 * covers them all. A message quotes at most three places and counts the rest (`and 21 more`).
 *
 * @example ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700)
 *
 * @example not-ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two, arxiv 2023/06
 * - [[paper]](https://arxiv.org/abs/2307.11700)
 * - Title Four, arxiv 2023/08, [[paper]](https://arxiv.org/abs/2308.11700)
 * - Title Five, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.11700)
 * @expect 2:1 warning Expected a link, as most entries have (no-link)
 * @expect 3:1 warning Expected a title besides the links (empty-title)
 */
import { type SubCheck } from './tally.js';
export type EntryFormatOptions = Record<SubCheck, boolean>;
declare const _default: import("../rule.js").Rule<EntryFormatOptions>;
export default _default;
