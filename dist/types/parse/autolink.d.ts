/**
 * GFM autolink literals (`www.x.org`, `https://x.org/a`, `me@x.org`) as remark-gfm reads them, in two steps:
 * micromark's tokenizer (micromark-extension-gfm-autolink-literal), which makes links with positions where a
 * literal starts after the right character and no `[` is open, then mdast-util-gfm-autolink-literal's
 * transform, which finds the rest in the tree's text and makes links and text without positions.
 */
import type { PhrasingContent } from 'mdast';
export type LiteralKind = 'www' | 'http' | 'email';
/** A literal read by micromark: its kind and where it ends (exclusive). */
export interface Literal {
    kind: LiteralKind;
    end: number;
}
/**
 * The literal micromark reads at `at` in `text` (the inline content, lines joined by `\n`, `trailingWhitespace`
 * after it), or undefined. The caller knows that no `[` or `![` is open before it: micromark reads none inside a
 * possible label.
 */
export declare function literalAt(text: string, at: number, trailingWhitespace?: boolean): Literal | undefined;
/** Applies remark-gfm's transform to `children` (in place), as remark does to the whole tree after reading. */
export declare function transformLiteralsIn(children: PhrasingContent[]): PhrasingContent[];
