// Entries built by hand: pins what the pairing rules read (ids, DOIs, links, titles, sections) independently of the parser.
import type { Entry, Link, PaperList, Span, TitleKind } from '../../src/types.js';

export interface EntrySketch {
  title: string;
  shortName?: string;
  titleKind?: TitleKind;
  section?: string[];
  links?: { label: string; url: string }[];
  arxiv?: string[];
  dois?: string[];
}

function lineSpan(line: number, offset: number, length: number): Span {
  return { start: { line, column: 1, offset }, end: { line, column: length + 1, offset: offset + length } };
}

/** One entry per line, in order; spans point at whole lines of a synthetic source. */
export function handBuiltList(sketches: EntrySketch[]): PaperList {
  const lines = sketches.map((sketch) => `- ${sketch.title}`);
  let offset = 0;
  const entries = sketches.map((sketch, index): Entry => {
    const span = lineSpan(index + 1, offset, lines[index].length);
    offset += lines[index].length + 1;
    const links: Link[] = (sketch.links ?? []).map((link) => ({ ...link, span }));
    return {
      index,
      kind: 'bullet',
      section: sketch.section ?? ['Papers'],
      title: sketch.title,
      ...(sketch.shortName !== undefined && { shortName: sketch.shortName }),
      ...(sketch.titleKind !== undefined && { titleKind: sketch.titleKind }),
      dates: [],
      links,
      arxiv: (sketch.arxiv ?? []).map((id) => ({ id, span })),
      dois: (sketch.dois ?? []).map((doi) => ({ doi, span })),
      span,
      text: sketch.title,
    };
  });
  return { source: `${lines.join('\n')}\n`, entries };
}
