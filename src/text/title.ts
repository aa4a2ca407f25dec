/** Paper-title normalisation and similarity: pure, shared by the offline rules and arXiv title verification. */

export type TitleMatch = 'same' | 'near' | 'different';

export interface TitleComparison {
  match: TitleMatch;
  /** 0–1: the best of token overlap and character similarity (1 for equal titles). */
  score: number;
}

const QUOTES = /[\u0022\u0027\u0060\u00AB\u00BB\u2018-\u201F\u2039\u203A\u2032\u2033\u00B4]/g;
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
// `\emph{x}`, `\textbf{x}` → `x`; a bare command such as `\alpha` keeps its name.
const LATEX_COMMAND_WITH_ARGUMENT = /\\[a-zA-Z]+\s*\{([^{}]*)\}/g;
const LATEX_COMMAND = /\\([a-zA-Z]+)/g;

/**
 * Folds a title to a comparable form: NFKC, lower case, LaTeX markup, quotes, apostrophes, dashes,
 * punctuation and whitespace (line breaks included) removed or folded to single spaces.
 */
export function normalizeTitle(title: string): string {
  const known = normalized.get(title);
  if (known !== undefined) return known;
  // Rules ask again for the same titles and labels ("paper", "code") entry after entry.
  if (normalized.size >= MEMO_SIZE) normalized.clear();
  const result = normalizeUncached(title);
  normalized.set(title, result);
  return result;
}

const MEMO_SIZE = 50_000;
const normalized = new Map<string, string>();

function normalizeUncached(title: string): string {
  let text = title.normalize('NFKC');
  // Repeat so that nested `\emph{\textbf{x}}` unwraps fully.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(LATEX_COMMAND_WITH_ARGUMENT, '$1');
  }
  return (
    text
      .replace(LATEX_COMMAND, '$1')
      .toLowerCase()
      // `ChatGPT's` and `ChatGPT’s` fold to the same token.
      .replace(/(\p{L})['\u2019](\p{L})/gu, '$1$2')
      .replace(QUOTES, ' ')
      .replace(DASHES, '-')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

export function titleTokens(title: string): string[] {
  const normalized = normalizeTitle(title);
  return normalized === '' ? [] : normalized.split(' ');
}

const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'are',
  'of',
  'on',
  'or',
  'the',
  'to',
  'towards',
  'toward',
  'via',
  'with',
]);

/** Plural `models` and `model` count as the same word; titles get renamed that way between versions. */
function stem(token: string): string {
  return token.length > 3 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token;
}

function contentTokens(tokens: string[]): string[] {
  return tokens.filter((token) => !STOPWORDS.has(token)).map(stem);
}

/** Levenshtein distance with an early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** A typo (one edit in a word of five letters or more) still counts as the same word. */
function tokensMatch(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1);
}

/** How many tokens of `small` occur in `large` (each token of `large` used once). */
function matchedTokens(small: string[], large: string[]): number {
  const unused = [...large];
  let matched = 0;
  for (const token of small) {
    let at = unused.indexOf(token);
    if (at < 0) at = unused.findIndex((candidate) => tokensMatch(token, candidate));
    if (at >= 0) {
      unused.splice(at, 1);
      matched++;
    }
  }
  return matched;
}

/** A title split at its colon lead. */
interface ColonSplit {
  /** The title without its colon lead, normalised (the whole title when it has none). */
  body: string;
  /** The lead, normalised, when it names a paper: `LLaRA`, `P5`, `GPT4Rec`, `UP5`; not `Survey`. */
  name?: string;
}

/**
 * `MicroLens: A Content-Driven …`, `Survey: …`: the one or two words before a colon, which title comparison
 * sets aside whether or not they are a name. (The entry model's short names, `shortNameOf` in
 * parse/title.ts, are names only.)
 */
function splitColonLead(title: string): ColonSplit {
  const colon = title.indexOf(':');
  const lead = colon > 0 ? normalizeTitle(title.slice(0, colon)) : '';
  if (lead === '' || lead.split(' ').length > 2) return { body: normalizeTitle(title) };
  const body = normalizeTitle(title.slice(colon + 1));
  return /\p{L}\p{Lu}|\p{N}|^\p{Lu}{2,}/u.test(title.slice(0, colon).trim())
    ? { body, name: lead }
    : { body };
}

const NEAR_CHARACTERS = 0.85;
// Tuned on the corpus: renamed versions of one paper score 0.59, the closest pair of different papers 0.5.
const NEAR_OVERLAP = 0.55;
const NEAR_CONTAINMENT = 0.8;
const MAX_NAME_WORDS = 3;

/**
 * Compares two titles. 'same': equal once normalised, or equal once a leading short name is dropped;
 * 'near': a typo, a shortened, extended or renamed title that keeps most words or the short name, or a
 * name of three words or fewer against a full title;
 * 'different': clearly different papers.
 */
export function compareTitles(a: string, b: string): TitleComparison {
  const normalizedA = normalizeTitle(a);
  const normalizedB = normalizeTitle(b);
  if (normalizedA === normalizedB) return { match: 'same', score: 1 };
  if (normalizedA === '' || normalizedB === '') return { match: 'different', score: 0 };
  const { body: bodyA, name: nameA } = splitColonLead(a);
  const { body: bodyB, name: nameB } = splitColonLead(b);
  if (bodyA === normalizedB || bodyB === normalizedA || (bodyA !== '' && bodyA === bodyB)) {
    return { match: 'same', score: 1 };
  }

  const tokensA = contentTokens(normalizedA.split(' '));
  const tokensB = contentTokens(normalizedB.split(' '));
  const [small, large] = tokensA.length <= tokensB.length ? [tokensA, tokensB] : [tokensB, tokensA];
  const matched = matchedTokens(small, large);
  const overlap = small.length + large.length === 0 ? 0 : (2 * matched) / (small.length + large.length);
  const containment = small.length === 0 ? 0 : matched / small.length;
  const characters = similarity(normalizedA.replaceAll(' ', ''), normalizedB.replaceAll(' ', ''));
  const score = Math.max(overlap, characters);

  const sharedShortName = nameA !== undefined && (nameA === nameB || tokensMatch(nameA, nameB ?? ''));
  // A short name may also appear inside the other title: `P5` in `… Predict Paradigm (P5)`.
  const nameInOther =
    (nameA !== undefined && ` ${normalizedB} `.includes(` ${nameA} `)) ||
    (nameB !== undefined && ` ${normalizedA} `.includes(` ${nameB} `));
  const shortenedOrExtended = containment >= NEAR_CONTAINMENT && small.length >= 2;
  // `RecBench+` or `Amazon-Review 2023` against a full title: a name, which no word count can refute.
  const nameAgainstTitle = small.length <= MAX_NAME_WORDS && large.length >= small.length + 2;
  if (
    characters >= NEAR_CHARACTERS ||
    overlap >= NEAR_OVERLAP ||
    shortenedOrExtended ||
    nameAgainstTitle ||
    sharedShortName ||
    nameInOther
  ) {
    return { match: 'near', score };
  }
  return { match: 'different', score };
}
