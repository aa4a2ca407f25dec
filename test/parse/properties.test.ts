// Invariants of the entry model on generated lists: whatever the Markdown, spans point into the source.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPaperList, parseMarkdown } from '../../src/parse/index.js';
import type { Span } from '../../src/types.js';

const word = fc.constantFrom(
  'Graph',
  'LLM',
  'Rec:',
  'of',
  'the',
  'News',
  'MicroLens:',
  '(LLMs)',
  'A',
  'Survey',
  '—',
  '-',
);
const title = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const url = fc.constantFrom(
  'https://arxiv.org/abs/2305.11700',
  'https://arxiv.org/pdf/2305.11700v2.pdf',
  'https://arxiv.org/abd/2304.03516',
  'https://dl.acm.org/doi/10.1145/3407190',
  'https://github.com/a/b',
  '#section',
  'www.example.com',
);
const date = fc.constantFrom(
  'arxiv 2023/05',
  'arxiv2023/2',
  '[2023/10]',
  'NeurIPS 2022',
  "(*ICLR'24*)",
  '**arXiv, May 2025**',
  '`2021`',
  '',
);
const link = fc
  .tuple(fc.constantFrom('[paper]', 'pdf', 'Code', 'A Title'), url)
  .map(
    ([label, target]) =>
      fc.sample(
        fc.constantFrom(
          `[${label}](${target})`,
          `[[${label}](${target})]`,
          `<${target.replace('#', 'https://x.org/#')}>`,
          target,
        ),
        1,
      )[0],
  );
const line = fc
  .tuple(
    fc.constantFrom('- ', '+ ', '* ', '1. ', '  - ', '| ', '', '## ', '**'),
    title,
    date,
    fc.array(link, { maxLength: 3 }),
  )
  .map(
    ([marker, text, when, links]) =>
      `${marker}${text}, ${when} ${links.join(' ')}${marker === '| ' ? ' |' : ''}`,
  );
const document = fc
  .tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, table]) => {
    const body = table
      ? ['| Paper | Venue |', '| --- | --- |', ...lines.map((l) => `| ${l.replace(/\|/g, '')} | KDD |`)]
      : lines;
    return body.join(eol) + eol;
  });

function within(span: Span, outer: Span): boolean {
  return span.start.offset >= outer.start.offset && span.end.offset <= outer.end.offset;
}

describe('entry model invariants', () => {
  it('keeps every span inside the source and inside its entry, in document order', () => {
    fc.assert(
      fc.property(document, (source) => {
        const { entries, links = [] } = buildPaperList(parseMarkdown(source), source);
        links.forEach((found, i) => {
          if (i > 0) expect(found.span.start.offset).toBeGreaterThanOrEqual(links[i - 1].span.start.offset);
          if (found.urlSpan) expect(within(found.urlSpan, found.span)).toBe(true);
        });
        expect(links.length).toBeGreaterThanOrEqual(
          entries.reduce((sum, entry) => sum + entry.links.length, 0),
        );
        entries.forEach((entry, i) => {
          expect(entry.index).toBe(i);
          if (i > 0) expect(entry.span.start.offset).toBeGreaterThanOrEqual(entries[i - 1].span.start.offset);
          expect(entry.span.end.offset).toBeLessThanOrEqual(source.length);
          expect(source.slice(entry.span.start.offset).startsWith('\n')).toBe(false);
          if (entry.titleSpan) expect(within(entry.titleSpan, entry.span)).toBe(true);
          expect(entry.title).toBe(entry.title.trim());
          for (const found of entry.links) {
            expect(within(found.span, entry.span)).toBe(true);
            if (found.urlSpan) expect(within(found.urlSpan, found.span)).toBe(true);
          }
          for (const when of entry.dates) {
            expect(within(when.span, entry.span)).toBe(true);
            expect(source.slice(when.span.start.offset, when.span.end.offset)).toBe(when.text);
            expect(when.label).toBe(when.label.toLowerCase());
          }
          for (const ref of [...entry.arxiv, ...entry.dois]) expect(within(ref.span, entry.span)).toBe(true);
          const lineStart = source.lastIndexOf('\n', entry.span.start.offset - 1) + 1;
          expect(entry.span.start.column).toBe(entry.span.start.offset - lineStart + 1);
        });
      }),
      { numRuns: 500 },
    );
  });
});
