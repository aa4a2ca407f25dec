/**
 * Whether an entry's title is the paper's published title or a name standing for it (`MusicGen`, `Chain of
 * Thought`): each entry's shape says so, or leaves it to the entries of the same list or table.
 */

import { hasCjkLetter } from '../text/cjk.js';
import type { Entry, TitleKind } from '../types.js';

/** What an entry's shape says of its title: a name, a short label that may be either, or a full title. */
type TitleShape = TitleKind | 'short';

export interface ShapeEvidence {
  /** The entry describes the paper after the title (`**Name** - a model that …`, `[ViLT](…) 论文精读`). */
  described: boolean;
  /** The title comes from a table's name column (`Name`, `Model`, `Dataset`). */
  nameColumn: boolean;
}

/** A name followed by a subtitle of three words or more: `ChemCrow: Augmenting large-language models …`. */
function isSubtitled(title: string): boolean {
  return /[:：]\s*\S+(?:\s+\S+){2,}/.test(title);
}

/** Words of a title with single spaces, counted up to `limit`. */
function wordCount(title: string, limit: number): number {
  let words = 1;
  for (let at = title.indexOf(' '); at !== -1 && words < limit; at = title.indexOf(' ', at + 1)) words++;
  return words;
}

function titleShape(title: string, evidence: ShapeEvidence): TitleShape {
  const words = wordCount(title, 5);
  const short = words <= 4 && title.length <= 40 && !/[:：]/.test(title);
  // A `Name` column sometimes holds whole titles (a table of tutorials): only short ones are names.
  if (evidence.nameColumn && short) return 'name';
  // A published title keeps its subtitle; a name stands alone.
  if (evidence.described) return isSubtitled(title) ? 'full' : 'name';
  // `Llama 3.1论文精读`: a label in the list's own words around a model name.
  if (hasCjkLetter(title) && /[A-Za-z]/.test(title)) return 'name';
  if (words === 1 && /[A-Za-z0-9]/.test(title) && title.length <= 30) return 'name';
  return short ? 'short' : 'full';
}

/**
 * Sets the kind of every titled entry of one list or table: short labels follow the majority of the others
 * (names in a table of model names, full titles in a list of papers); when unsure, a title is full.
 */
export function settleTitleKinds(entries: ReadonlyArray<{ entry: Entry; evidence: ShapeEvidence }>): void {
  const shapes = entries.map(({ entry, evidence }) =>
    entry.title === '' ? undefined : titleShape(entry.title, evidence),
  );
  let names = 0;
  let fulls = 0;
  for (const shape of shapes) {
    if (shape === 'name') names++;
    else if (shape === 'full') fulls++;
  }
  const shortKind: TitleKind = names > fulls ? 'name' : 'full';
  entries.forEach(({ entry }, i) => {
    const shape = shapes[i];
    if (shape !== undefined) entry.titleKind = shape === 'short' ? shortKind : shape;
  });
}
