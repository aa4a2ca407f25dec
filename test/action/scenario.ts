/** Lists and pull requests for the Action's end-to-end tests. */

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Looks like a GitHub installation token; must never show up anywhere but the Authorization header. */
export const TOKEN = 'ghs_PaperlintTestToken0123456789abcdefXYZ';
export const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

export function workspaceWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paperlint-workspace-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A unified diff of `before` → `after` where `after` only inserts lines (what these pull requests do). */
export function insertionPatch(before: string, after: string): string {
  const old = before.replace(/\n$/, '').split('\n');
  const lines = after.replace(/\n$/, '').split('\n');
  let i = 0;
  const body = lines.map((line) => {
    if (i < old.length && line === old[i]) {
      i++;
      return ` ${line}`;
    }
    return `+${line}`;
  });
  if (i !== old.length) throw new Error('insertionPatch: `after` must keep every line of `before`');
  return `@@ -1,${old.length} +1,${lines.length} @@\n${body.join('\n')}`;
}

/** 1-based line of the first line containing `text`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`not found: ${needle}`);
  return index + 1;
}

export const BASE_LIST = `# Papers

## Recommendation

- LLaRA: Aligning Large Language Models with Sequential Recommenders, arxiv 2023/12, [[paper]](https://arxiv.org/abs/2312.02445)
- MicroLens: A Content-Driven Micro-Video Recommendation Dataset at Scale, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.15379)
- Is ChatGPT a Good Recommender? A Preliminary Study, arxiv 2023/04, [[paper]](https://arxiv.org/abd/2304.10149)
- NineRec: A Benchmark Dataset Suite for Evaluating Transferable Recommendation, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.07705)
`;

/**
 * The pull request: a copy of MicroLens inserted *above* it (the rule reports the later, unchanged entry)
 * and a new entry with a malformed link at the end. The `abd` entry of the base list stays unannotated.
 */
export const HEAD_LIST = BASE_LIST.replace(
  '- MicroLens:',
  '- MicroLens: A Content-Driven Micro-Video Recommendation Dataset at Scale, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.15379) [[code]](https://github.com/westlake-repl/MicroLens)\n- MicroLens:',
).replace(
  /(- NineRec.*\n)/,
  '$1- Text Is All You Need: Learning Language Representations for Sequential Recommendation, arxiv 2023/05, [[paper]](https://arxiv.org/abd/2305.13731)\n',
);

/** A list with no errors: two distinct, well-formed entries. */
export const CLEAN_LIST = `# Papers

## Recommendation

- LLaRA: Aligning Large Language Models with Sequential Recommenders, arxiv 2023/12, [[paper]](https://arxiv.org/abs/2312.02445)
- NineRec: A Benchmark Dataset Suite for Evaluating Transferable Recommendation, arxiv 2023/09, [[paper]](https://arxiv.org/abs/2309.07705)
`;

/** `count` well-formed entries whose only problem is a malformed (`abd`) arXiv link. */
export function malformedEntries(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `- Paper Number ${i} About Topic ${i * 7}: A Study, arxiv 2023/05, [[paper]](https://arxiv.org/abd/2305.${String(10000 + i)})`,
  ).join('\n');
}

/**
 * Text from a list that must stay inert wherever paperlint repeats it: `conflicting-link` quotes the
 * other entry's title (markup removed) in its message.
 */
export const HOSTILE_TITLE =
  'Sparse Mixture Routers for Streaming Recommendation, @octocat ::warning::owned <b>x</b> #12';

/** A list whose entry shares the hostile entry's arXiv id under another title, so the message quotes it. */
export const HOSTILE_BASE = `# Papers

- ${HOSTILE_TITLE}, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.13731)
`;
export const HOSTILE_HEAD = `${HOSTILE_BASE}- Text Is All You Need: Learning Language Representations for Sequential Recommendation, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.13731)
`;

/**
 * Two entries a pull request adds whose arXiv links have a safe fix, as written in westlake-repl's
 * Recommendation-Systems-without-Explicit-ID-Features list: a wrong path (`abd`) and a junk suffix.
 */
export const FIXABLE_LINES = [
  '- Generative Recommendation: Towards Next-generation Recommender Paradigm, arxiv 2023/04, [[paper]](https://arxiv.org/abd/2304.03516)',
  '- Discrete Semantic Tokenization for Deep CTR Prediction, arxiv 2024/03, [[paper]](https://arxiv.org/abs/2403.08206f)',
];
export const FIXABLE_HEAD = `${BASE_LIST}${FIXABLE_LINES.join('\n')}\n`;
