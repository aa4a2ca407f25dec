/**
 * @aspect link syntax
 *
 * `link-syntax`: Markdown links that do not render as links — `[text] (https://…)` (fixed: the space
 * removed), `[text]https://…)` (fixed: the `(` added), `[text]((https://…))` (fixed: one pair of
 * parentheses removed), a URL whose `)` is missing — and brackets or
 * parentheses without their other half (`[[Link]]](…)`, `([Demo](…)), …`). Parentheses inside link text
 * are prose, and numbering (`| 4) **MusicGen** - …`, `we add 1) a model`) is not a parenthesis.
 * Only the first unbalanced bracket of an entry is reported: the others often go with it.
 *
 * @example ok
 * | Paper | Links |
 * | --- | --- |
 * | 4) **MusicGen** - a model for music generation (text to music) | [Paper](https://arxiv.org/abs/2306.05284), [Tweet](https://x.com/a/status/1) |
 * | 5) **Beyond the 5 stars** - a blog post in two parts | [Post (Part 1](https://example.org/p1), [Paper](https://arxiv.org/abs/2306.05285) |
 *
 * @example not-ok
 * - Title One, arxiv 2023/05, [paper] (https://arxiv.org/abs/2305.11700)
 * - Title Two, WSDM 2025, [[Link]]](https://arxiv.org/abs/2412.02588)
 * - Title Three, arxiv 2023/05, ([paper](https://arxiv.org/abs/2305.11702)), [code](https://github.com/o/r))
 * - Title Four, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11703 and more
 * - Title Five, arxiv 2023/05, [[paper]]((https://arxiv.org/abs/2305.11704))
 * @expect 1:36 warning Expected no space between ']' and '(' in '[paper] (' (link-syntax)
 * @expect 2:1 warning Expected '[' to open the ']' in '[[Link]]]…' (link-syntax)
 * @expect 3:1 warning Expected '(' to open the ')' in '[code]…)' (link-syntax)
 * @expect 4:1 warning Expected ')' after the URL in '[[paper]](https://arxiv.org/abs/2305.11703' (link-syntax)
 * @expect 5:39 warning Expected one '(' and ')' around the URL in '((https://arxiv.org/abs/2305.11704))' (link-syntax)
 */
import type { Problem } from './tally.js';
/** Broken link Markdown that the parser could not read as a link; offsets relative to `text`. */
export declare function linkSyntaxProblems(text: string, masked: string): Problem[];
