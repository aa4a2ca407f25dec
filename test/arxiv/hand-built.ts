// Entries built by hand for the arXiv rules: exact link and date spans, independent of the entry parser.
import type { Entry, EntryDate, Link, PaperList, Span } from '../../src/types.js';

export interface LinkEntrySketch {
  /** The entry's source line: every `[label](url)` in it becomes a link with exact spans. */
  line: string;
  /** Ids the entry carries, as the parser would attach them. */
  arxiv?: string[];
  /** Dates as `[text, label, year, month?]`, located by their text in the line. */
  dates?: Array<[string, string, number, number?]>;
}

function spanOf(lineNumber: number, lineOffset: number, from: number, to: number): Span {
  return {
    start: { line: lineNumber, column: from + 1, offset: lineOffset + from },
    end: { line: lineNumber, column: to + 1, offset: lineOffset + to },
  };
}

const LINK = /\[((?:[^[\]]|\[[^\]]*\])*)\]\(([^)\s]*)\)/g;

/** One entry per sketch, one source line each. */
export function linkList(sketches: LinkEntrySketch[]): PaperList {
  let offset = 0;
  const entries = sketches.map((sketch, index): Entry => {
    const line = index + 1;
    const text = sketch.line;
    const links: Link[] = [...text.matchAll(LINK)].map((m) => {
      const urlStart = m.index + m[0].length - 1 - m[2].length;
      return {
        label: m[1],
        url: m[2],
        span: spanOf(line, offset, m.index, m.index + m[0].length),
        urlSpan: spanOf(line, offset, urlStart, urlStart + m[2].length),
      };
    });
    const dates: EntryDate[] = (sketch.dates ?? []).map(([dateText, label, year, month]) => {
      const at = text.indexOf(dateText);
      if (at < 0) throw new Error(`date '${dateText}' not in '${text}'`);
      return { text: dateText, label, year, month, span: spanOf(line, offset, at, at + dateText.length) };
    });
    const span = spanOf(line, offset, 0, text.length);
    offset += text.length + 1;
    return {
      index,
      kind: 'bullet',
      section: ['Papers'],
      title: text,
      dates,
      links,
      arxiv: (sketch.arxiv ?? []).map((id) => ({ id, span })),
      dois: [],
      span,
      text,
    };
  });
  return { source: `${sketches.map((s) => s.line).join('\n')}\n`, entries };
}
