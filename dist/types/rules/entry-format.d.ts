/**
 * @rule entry-format
 * @summary Entries without a link or title, broken link syntax, and spacing, punctuation, date and label styles that break the list's own convention.
 * @fixable yes
 *
 * Each finding names its sub-check in parentheses at the end of the message:
 * - `no-link`: an entry with no link at all (only when most entries of the list have one);
 * - `empty-title`: an entry with links but no title;
 * - `link-syntax`: broken Markdown links — `[text] (https://…)`, `[text]https://…)`, a URL whose `)` is
 *   missing, unbalanced `[`/`]` (`[[Link]]](…)`) or `(`/`)` (`([Demo](…)), …`);
 * - `spacing`: a double space between words, a space before a comma, a missing space after a comma;
 * - `fullwidth`: full-width `，：；（）` next to Latin text;
 * - `date`: `2023/5` among `2023/05` (or `2023.05` among `2023/05`);
 * - `label`: a link label spelled differently from the same label elsewhere (`Paper` among `paper`);
 * - `separator`: what separates two links of an entry (`  `, ` `, `, ` or nothing).
 *
 * Style checks (`spacing`, `fullwidth`, `date`, `label`, `separator`) follow the list's own majority:
 * each variant is counted per section (over the whole list when a section has fewer than five
 * occurrences) and only a variant used less than a third as often as the majority is reported, so a
 * list that consistently writes `2023/5` or separates links with two spaces is left alone.
 * Full-width punctuation between CJK characters is never reported.
 *
 * All findings are warnings, on the entry. Safe fixes: double space → one space, space before a comma
 * removed, full-width punctuation → ASCII, date padding or separator → the majority's, the space in
 * `[text] (url)` removed, separators between links → the majority's. Every sub-check can be turned off
 * with an option of its name set to `false`, e.g. `{"spacing": false}`.
 *
 * @example ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700)
 *
 * @example not-ok
 * - Title One,  arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two , arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700)
 * - Title Three，arxiv 2023/7, [[paper]](https://arxiv.org/abs/2307.11700)
 * - Title Four, arxiv 2023/08, [paper] (https://arxiv.org/abs/2308.11700)
 * - Title Five, arxiv 2023/09
 * @expect 1:1 warning Unexpected double space after 'One,' (spacing)
 * @expect 2:1 warning Unexpected space before comma after 'Two' (spacing)
 * @expect 3:1 warning Unexpected full-width '，' after 'Three', expected ',' (fullwidth)
 * @expect 3:1 warning Unexpected date '2023/7', expected '2023/07' (date)
 * @expect 4:1 warning Unexpected space between link text and URL after '[paper]' (link-syntax)
 * @expect 5:1 warning Unexpected entry without a link (no-link)
 *
 * @example not-ok
 * - Some Paper, WSDM 2025, [[Link]]](https://arxiv.org/abs/2412.02588)
 * - Another Paper, arxiv 2023/05, ([paper](https://arxiv.org/abs/2305.11700)), [code](https://github.com/o/r))
 * @expect 1:1 warning Unbalanced brackets: unmatched ']' after '[[Link]]' (link-syntax)
 * @expect 2:1 warning Unbalanced parentheses: unmatched ')' after '[code]' (link-syntax)
 */
export interface EntryFormatOptions {
    'no-link': boolean;
    'empty-title': boolean;
    'link-syntax': boolean;
    spacing: boolean;
    fullwidth: boolean;
    date: boolean;
    label: boolean;
    separator: boolean;
}
declare const _default: import("./rule.js").Rule<EntryFormatOptions>;
export default _default;
