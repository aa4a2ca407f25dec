/**
 * Author lists as entries write them, read well enough to write another paper's authors the same way:
 * `Hongyu Zhou, Xin Zhou, Zhiqi Shen`, `G. Hinton et al.`, `*Saleh Soltan et al.*`,
 * `Simonyan, Karen, and Andrew Zisserman`, `Mnih, Volodymyr, et al.`, `H. Wang and Bhiksha Raj`.
 */

import { isAuthorList } from '../text/authors.js';

export interface AuthorStyle {
  /** Only the first author, then this (` et al.`, `, et al.`). */
  etAl?: string;
  /** First names as initials (`G. Hinton`). */
  initials: boolean;
  /** The first author surname first (`Simonyan, Karen`). */
  inverted: boolean;
  /** What comes before the last of several authors: `, `, ` and `, `, and `. */
  last: string;
}

const WORD = String.raw`(?:\p{Lu}\.(?:\s?\p{Lu}\.)*|\p{Lu}[\p{L}'’-]+)`;
const PARTICLE = '(?:van|von|der|den|de|da|di|du|la|le|del|della|dos|bin|al)';
const NAME = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD}){0,3}`;
const LIST = new RegExp(
  String.raw`${NAME}(?:\s*,\s*${NAME})*(?:\s*,?\s*(?:and|&)\s+${NAME})?(?<etAl>\s*,?\s*et\s+al\.?)?`,
  'gu',
);

/** The author list in `text`: where it is and how it is written; `undefined` when there is none. */
export function findAuthors(text: string): { start: number; end: number; style: AuthorStyle } | undefined {
  for (const match of text.matchAll(LIST)) {
    const etAl = match.groups?.etAl;
    const body = etAl ? match[0].slice(0, -etAl.length) : match[0];
    const items = body.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).filter((item) => item !== '');
    const inverted =
      items.length >= 2 && !items[0].includes(' ') && !items[1].includes(' ') && !/\./.test(items[0]);
    const names = inverted ? items.length - 1 : items.length;
    const fullNames = items.slice(inverted ? 2 : 0).every((item) => item.split(/\s+/).length >= 2);
    if (!(etAl || (names >= 2 && fullNames))) continue;
    const first = inverted ? `${items[1]} ${items[0]}` : items[0];
    // The list's own classifier has the last word (`Deep Learning, Big Data` is a title); an inverted first
    // author (`Simonyan, Karen, and …`) is read with the name turned.
    const read = inverted
      ? `${first}${match[0].slice(match[0].indexOf(items[1]) + items[1].length)}`
      : match[0];
    if (!isAuthorList(read)) continue;
    const lastJoin = /,\s*(?:and|&)\s+[^,]+$/.test(body)
      ? ', and '
      : /\s+(?:and|&)\s+[^,]+$/.test(body)
        ? ' and '
        : ', ';
    return {
      start: match.index,
      end: match.index + match[0].length,
      style: {
        ...(etAl && { etAl }),
        initials: /^\p{Lu}\./u.test(first),
        inverted,
        last: lastJoin,
      },
    };
  }
  return undefined;
}

function nameLike(name: string, style: AuthorStyle, first: boolean): string {
  const words = name.trim().split(/\s+/);
  const surname = words.at(-1) ?? '';
  const given = words.slice(0, -1);
  if (first && style.inverted) return given.length > 0 ? `${surname}, ${given.join(' ')}` : surname;
  if (style.initials && given.length > 0) return `${given[0][0]}. ${surname}`;
  return words.join(' ');
}

/** `authors` written in `style`; `undefined` when there are none. */
export function writeAuthors(authors: readonly string[], style: AuthorStyle): string | undefined {
  if (authors.length === 0) return undefined;
  if (style.etAl !== undefined)
    return `${nameLike(authors[0], style, true)}${authors.length > 1 ? style.etAl : ''}`;
  const names = authors.map((name, index) => nameLike(name, style, index === 0));
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')}${style.last}${names.at(-1)}`;
}
