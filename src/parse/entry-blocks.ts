/**
 * Entries that span several Markdown blocks: a heading per paper with its body (`### 7. [CVPR '24] Title`,
 * `**Authors**: …`, `<details>` with the abstract, a line of links), and a bold title paragraph over a field
 * list (`**Title**` then `- Paper: https://arxiv.org/abs/…`, `- Code: …`).
 */

import type { Heading, List, Nodes, Paragraph, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';

/** `Paper: …`, `**🔗 链接**：…`, `代码/Code: …`, `- **Authors**: …`: a short label, then a colon. */
const FIELD =
  /^(?:[\s\p{Extended_Pictographic}*_[]|\uFE0F|\u200d)*[\p{L}\p{N}][\p{L}\p{N} /&.()'-]{0,30}[*_\]]*\s*[:：]/u;

/** A list of fields about one paper (`- Paper: …`, `- Code: …`), not a list of papers. */
export function isFieldList(list: List): boolean {
  return (
    list.children.length > 0 &&
    list.children.every((item) => {
      const first = item.children[0];
      return first?.type === 'paragraph' && FIELD.test(mdastToString(first, { includeImageAlt: false }));
    })
  );
}

/** End (exclusive) of the body of the heading at `nodes[i]`: up to the next heading of any level. */
export function headingBodyEnd(nodes: readonly RootContent[], i: number): number {
  let j = i + 1;
  while (j < nodes.length && nodes[j].type !== 'heading') j++;
  return j;
}

/** Whether the heading at `nodes[i]` heads a leaf section: the next heading (if any) is not below it. */
export function isLeafHeading(nodes: readonly RootContent[], i: number, end: number): boolean {
  const next = nodes[end];
  return next === undefined || (next as Heading).depth <= (nodes[i] as Heading).depth;
}

/** The blocks without what `<details>…</details>` folds away (an abstract, a BibTeX entry). */
export function withoutDetails(nodes: readonly Nodes[]): Nodes[] {
  const kept: Nodes[] = [];
  let depth = 0;
  for (const node of nodes) {
    if (node.type === 'html') {
      const opens = node.value.match(/<details\b/gi)?.length ?? 0;
      const closes = node.value.match(/<\/details\s*>/gi)?.length ?? 0;
      depth = Math.max(0, depth + opens - closes);
      continue;
    }
    if (depth === 0) kept.push(node);
  }
  return kept;
}

/** A paragraph that is only bold text (`**DETRs Beat YOLOs on Real-time Object Detection**`). */
export function isBoldOnly(paragraph: Paragraph): boolean {
  const meaningful = paragraph.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  return meaningful.length === 1 && meaningful[0].type === 'strong';
}
