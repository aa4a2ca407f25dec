/**
 * Entries that span several Markdown blocks: a heading per paper with its body (`### 7. [CVPR '24] Title`,
 * `**Authors**: …`, `<details>` with the abstract, a line of links), and a bold title paragraph over a field
 * list (`**Title**` then `- Paper: https://arxiv.org/abs/…`, `- Code: …`).
 */
import type { List, Nodes, Paragraph, RootContent } from 'mdast';
/** A list of fields about one paper (`- Paper: …`, `- Code: …`), not a list of papers. */
export declare function isFieldList(list: List): boolean;
/** End (exclusive) of the body of the heading at `nodes[i]`: up to the next heading of any level. */
export declare function headingBodyEnd(nodes: readonly RootContent[], i: number): number;
/** Whether the heading at `nodes[i]` heads a leaf section: the next heading (if any) is not below it. */
export declare function isLeafHeading(nodes: readonly RootContent[], i: number, end: number): boolean;
/** The blocks without what `<details>…</details>` folds away (an abstract, a BibTeX entry). */
export declare function withoutDetails(nodes: readonly Nodes[]): Nodes[];
/** A paragraph that is only bold text (`**DETRs Beat YOLOs on Real-time Object Detection**`). */
export declare function isBoldOnly(paragraph: Paragraph): boolean;
