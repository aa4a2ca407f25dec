// The entry model must cost a small fraction of parsing: one walk, nothing quadratic.
import { describe, expect, it } from 'vitest';
import { extractEntries } from '../../src/parse/entries.js';
import { parseMarkdown } from '../../src/parse/index.js';

/** A generated list in the three most common real shapes, sections every 200 entries. */
function bigList(entries: number): string {
  const lines = ['# A big list', ''];
  for (let i = 0; i < entries; i++) {
    if (i % 200 === 0) lines.push('', `## Section ${i / 200}`, '');
    const id = `${2301 + (i % 12)}.${String(10000 + i).padStart(5, '0')}`;
    const shapes = [
      `- Exploring Text-Based Collaborative Filtering ${i}: Discoveries and Insights, arxiv 2023/05, [[paper]](https://arxiv.org/pdf/${id}.pdf) [[code]](https://github.com/org/repo-${i})`,
      `- (*NeurIPS'23*) Can Language Models Solve Graph Problems ${i}? [[paper](https://arxiv.org/abs/${id})][[code](https://github.com/a/b)]`,
      `- [Learning Item Representations ${i} from Multimodal Features](https://arxiv.org/abs/${id}) - Xin Zhou. **arXiv, May 2025** | [\`[pdf]\`](https://arxiv.org/pdf/${id})`,
    ];
    lines.push(shapes[i % 3]);
  }
  return `${lines.join('\n')}\n`;
}

describe('speed', () => {
  it('turns a parsed list into entries in a fraction of the parse time', () => {
    const source = bigList(2000);
    // Warm both paths once so that the comparison is not about JIT compilation.
    const warm = bigList(300);
    extractEntries(parseMarkdown(warm), warm);
    const parseStart = performance.now();
    const tree = parseMarkdown(source);
    const parseTime = performance.now() - parseStart;
    const extractStart = performance.now();
    const entries = extractEntries(tree, source);
    const extractTime = performance.now() - extractStart;
    console.log(
      `speed: ${entries.length} entries, ${(source.length / 1e6).toFixed(2)} MB: parse ${parseTime.toFixed(0)} ms, entries ${extractTime.toFixed(0)} ms`,
    );
    expect(entries).toHaveLength(2000);
    expect(extractTime).toBeLessThan(parseTime / 3);
  }, 60_000);
});
