/**
 * @aspect spacing
 *
 * Spacing and punctuation in the entry's text (link destinations, code and HTML left out):
 * - `spacing`: a space before a comma, a missing space after a comma (not between CJK characters);
 * - `fullwidth`: full-width `，：；（）` next to Latin text (never between CJK characters);
 * - `whitespace`: a run of spaces inside the text, which Markdown shows as one space. An `info`, since
 *   readers never see it; `{"whitespace": false}` turns it off.
 *
 * Each follows the list's majority: a list that writes `Title , venue` throughout is left alone.
 * Every finding has a fix: the space removed or added, the ASCII character, one space. Several places
 * of one kind in one entry make one finding with one fix.
 *
 * @example ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two, arxiv 2023/06, [[paper]](https://arxiv.org/abs/2306.11700)
 * - 标题三，arxiv 2023/07，[[paper]](https://arxiv.org/abs/2307.11700)
 *
 * @example not-ok
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title Two , arxiv 2023/06 , [[paper]](https://arxiv.org/abs/2306.11700)
 * - Title Three,arxiv 2023/07, [[paper]](https://arxiv.org/abs/2307.11700)
 * - Title Four，arxiv 2023/08, [[paper]](https://arxiv.org/abs/2308.11700)
 * - Title  Five, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.11700)
 * @expect 2:12 warning Expected no space before ',' in 'Two ,' and '2023/06 ,' (spacing)
 * @expect 3:15 warning Expected a space after ',' in 'Three,arxiv' (spacing)
 * @expect 4:13 warning Expected ',' instead of full-width '，' in 'Four，arxiv' (fullwidth)
 * @expect 5:8 info Expected one space in 'Title  Five,' (whitespace)
 */
import type { Entry } from '../../types.js';
import type { StyleTally } from './tally.js';
/**
 * What the spacing checks can report in a list at all, read once from its whole source: a variant is worth
 * counting only in a dimension where some occurrence can be reported. A place the checks report in an
 * entry's masked text holds the same characters in the source (masking only blanks characters out), so
 * these searches of the source miss none.
 */
export interface SpacingScope {
    /** The runs of spaces in the source by what they stand between (`gapKey`). */
    gaps: ReadonlySet<number>;
    /** Whether a space stands before a comma somewhere. */
    commaBefore: boolean;
    /** Whether a comma is followed by a letter somewhere. */
    commaAfter: boolean;
    /** The full-width punctuation that stands somewhere, with its ASCII forms: what `fullwidth` counts. */
    fullwidth?: RegExp;
}
export declare function spacingScope(source: string): SpacingScope;
/** The spacing checks of an entry's masked text, `base` its offset in the source. */
export declare function observeSpacing(entry: Entry, masked: string, base: number, out: StyleTally, scope: SpacingScope): void;
