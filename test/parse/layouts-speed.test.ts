// No layout costs speed: reading a list of any layout stays linear in its size. Each layout is read at two
// sizes and the larger must not take more than a generous multiple of the smaller (linear: 4x; quadratic: 16x).
import { describe, expect, it } from 'vitest';
import { extractEntries } from '../../src/parse/entries.js';
import { parseDocument } from '../../src/parse/index.js';

const id = (i: number) => `${2301 + (i % 12)}.${String(10000 + i).padStart(5, '0')}`;

const LAYOUTS: Record<string, (i: number) => string> = {
  'a heading per paper': (i) =>
    `### ${i}. [CVPR '24] Deformable Gaussian Splatting Number ${i}\n**Authors**: Zhicheng Lu, Xiang Guo\n\n<details><summary>Abstract</summary>\n\nWe study scenes, 2017.\n\n</details>\n\n[📄 Paper](https://arxiv.org/pdf/${id(i)}) | [💻 Code](https://github.com/o/r${i})\n`,
  'a bold title over fields': (i) =>
    `**Real-time Object Detection Number ${i}**\n\n- Paper: https://arxiv.org/abs/${id(i)}\n- Code: https://github.com/o/r${i}\n`,
  'an HTML table': (i) =>
    `<tr><td>M${i}</td><td><a href="https://arxiv.org/abs/${id(i)}">Towards Robust Models Number ${i}</a></td></tr>`,
  'an HTML list': (i) =>
    `<li><a href="https://arxiv.org/abs/${id(i)}">Robustness of Networks Number ${i}</a>, 2017</li>`,
  'citations with authors first': (i) =>
    `- Liu, M., Delbruck, T.,\n*[Block-Matching Optical Flow Number ${i}](https://arxiv.org/pdf/${id(i)}.pdf)*,\nIEEE ISCAS, 2017.`,
  'reference lines of one paragraph': (i) =>
    `>[${i % 999}] [World Models Number ${i}](https://arxiv.org/abs/${id(i)}): Ha and Schmidhuber, 2018`,
};

/** A list of `count` entries of one layout, HTML rows and items inside one table or list. */
function listOf(layout: string, count: number): string {
  const entries = Array.from({ length: count }, (_, i) => LAYOUTS[layout](i));
  if (layout === 'an HTML table')
    return `# Papers\n\n<table>\n<tr><th>Name</th><th>Paper</th></tr>\n${entries.join('\n')}\n</table>\n`;
  if (layout === 'an HTML list') return `# Papers\n\n<ul>\n${entries.join('\n')}\n</ul>\n`;
  if (layout === 'reference lines of one paragraph') return `# Papers\n\n${entries.join('\n')}\n`;
  return `# Papers\n\n## Section\n\n${entries.join('\n\n')}\n`;
}

/** The entries of a source, read from its tree, and how long that took (milliseconds). */
function reading(source: string) {
  const tree = parseDocument(source);
  return () => {
    const start = performance.now();
    const entries = extractEntries(tree, source).length;
    return { ms: performance.now() - start, entries };
  };
}

/**
 * The shortest of five readings of each size, taken in turns, so that a machine busy with other work slows both
 * sizes alike rather than one.
 */
function race(small: string, large: string) {
  const [readSmall, readLarge] = [reading(small), reading(large)];
  const best = { small: { ms: Infinity, entries: 0 }, large: { ms: Infinity, entries: 0 } };
  for (let run = 0; run < 5; run++) {
    const [a, b] = [readSmall(), readLarge()];
    if (a.ms < best.small.ms) best.small = a;
    if (b.ms < best.large.ms) best.large = b;
  }
  return best;
}

describe('layouts stay linear', () => {
  it.each(Object.keys(LAYOUTS))(
    '%s: four times the entries, at most ten times the time',
    (layout) => {
      race(listOf(layout, 50), listOf(layout, 100));
      const { small, large } = race(listOf(layout, 250), listOf(layout, 1000));
      console.log(`${layout}: 250 in ${small.ms.toFixed(1)} ms, 1000 in ${large.ms.toFixed(1)} ms`);
      expect([small.entries, large.entries]).toEqual([250, 1000]);
      expect(large.ms).toBeLessThan(10 * Math.max(small.ms, 50));
    },
    180_000,
  );
});
