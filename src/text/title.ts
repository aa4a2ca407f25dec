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

/** Whether a normalised title (words between spaces) has at least `count` words, counted without splitting it. */
export function hasWords(title: string, count: number): boolean {
  let words = 1;
  for (let at = title.indexOf(' '); at !== -1 && words < count; at = title.indexOf(' ', at + 1)) words++;
  return words >= count;
}

/**
 * Folds a title to a comparable form: NFKC, lower case, LaTeX markup, quotes, apostrophes, dashes,
 * punctuation and whitespace (line breaks included) removed or folded to single spaces.
 */
export function normalizeTitle(title: string): string {
  const known = normalized.get(title);
  if (known !== undefined) return known;
  if (normalized.size >= MEMO_SIZE) normalized.clear();
  const result = normalizeUncached(title);
  normalized.set(title, result);
  return result;
}

/**
 * Rules ask again for the same titles and labels ("paper", "code") entry after entry and rule after rule, each
 * reading the list from its first entry to its last: a memo smaller than the list's titles is emptied before
 * any is asked for again (with 50,000 kept, each of 80,000 generated titles was folded twice: 160,008 folds
 * instead of 80,002). It holds the titles of one lint (`forgetNormalizedTitles` starts it again); the size only
 * bounds a list of a million titles.
 */
const MEMO_SIZE = 1_000_000;
const normalized = new Map<string, string>();

/** Empties the memo of `normalizeTitle`: a lint starts with it, so that it holds one list's titles at a time. */
export function forgetNormalizedTitles(): void {
  normalized.clear();
}

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

/** Abbreviations lists write for words arXiv titles spell out (`with LLMs`); plurals fold by `stem`. */
const ABBREVIATIONS = new Map(
  Object.entries({
    llm: 'large language model',
    lm: 'language model',
    vlm: 'vision language model',
    lmm: 'large multimodal model',
    mllm: 'multimodal large language model',
    rl: 'reinforcement learning',
    gnn: 'graph neural network',
    nlp: 'natural language processing',
    kg: 'knowledge graph',
    rag: 'retrieval augmented generation',
  }).map(([short, long]) => [short, long.split(' ')]),
);

/** The words of a normalised title with abbreviations spelled out. */
function spelledOut(normalized: string): string[] {
  if (normalized === '') return [];
  return normalized.split(' ').flatMap((token) => {
    const singular = token.length > 2 && token.endsWith('s') ? token.slice(0, -1) : token;
    return ABBREVIATIONS.get(token) ?? ABBREVIATIONS.get(singular) ?? [token];
  });
}

function contentTokens(tokens: string[]): string[] {
  return tokens.filter((token) => !STOPWORDS.has(token)).map(stem);
}

/** One spelling for case, hyphen, plural and abbreviation variants: `Mamba-2` and `Mamba2`, `LLMs` and `Large Language Model`. */
function foldedOf(normalized: string): string {
  return spelledOut(normalized).map(stem).join('');
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

/** A title split at its first colon. */
interface ColonSplit {
  /** Before the colon, normalised; `` without a colon. */
  lead: string;
  /** After the colon, normalised; `` without a colon. */
  rest: string;
  /** The lead, when it names a paper: `LLaRA`, `P5`, `GPT4Rec`, `UP5`; not `Survey`. */
  name?: string;
}

/**
 * `MicroLens: A Content-Driven …`, `Towards Language Models That Can See: Computer Vision Through …`: lists
 * cite a paper by either side of its colon. (The entry model's short names, `shortNameOf` in parse/title.ts,
 * are names only.)
 */
function splitColon(title: string): ColonSplit {
  const colon = title.indexOf(':');
  if (colon <= 0) return { lead: '', rest: '' };
  const written = title.slice(0, colon).trim();
  const lead = normalizeTitle(written);
  const rest = normalizeTitle(title.slice(colon + 1));
  const named = lead !== '' && lead.split(' ').length <= 2 && /\p{L}\p{Lu}|\p{N}|^\p{Lu}{2,}/u.test(written);
  return named ? { lead, rest, name: lead } : { lead, rest };
}

/** Leads that many papers share (`Survey: …`, `Position: …`): no paper's name. */
const GENERIC_LEADS = new Set([
  'survey',
  'a survey',
  'review',
  'a review',
  'tutorial',
  'position',
  'position paper',
  'benchmark',
  'overview',
  'introduction',
  'perspective',
  'report',
  'technical report',
  'commentary',
  'editorial',
  'opinion',
  'erratum',
  'correction',
  'dataset',
  'book',
  'chapter',
]);

/**
 * The distinctive lead two titles share before their colons (`Reflexion` in `Reflexion: an autonomous agent
 * …` and `Reflexion: Language Agents with Verbal Reinforcement Learning`): one paper, renamed between versions.
 */
export function sharedColonLead(a: string, b: string): string | undefined {
  const leadA = splitColon(a).lead;
  if (leadA === '' || leadA !== splitColon(b).lead) return undefined;
  const words = leadA.split(' ');
  if (words.length > 4 || leadA.replaceAll(' ', '').length < 3 || GENERIC_LEADS.has(leadA)) return undefined;
  return a.slice(0, a.indexOf(':')).trim();
}

/** The folded spellings a paper is cited by: its whole title, without parentheses, either side of its colon. */
function citedForms(title: string, normalized: string, split: ColonSplit): Set<string> {
  const withoutParentheses = normalizeTitle(title.replace(/\([^()]*\)/g, ' '));
  return new Set(
    [normalized, withoutParentheses, split.lead, split.rest].filter((form) => form !== '').map(foldedOf),
  );
}

const NEAR_CHARACTERS = 0.85;
// Tuned on the corpus: renamed versions of one paper score 0.59, the closest pair of different papers 0.5.
const NEAR_OVERLAP = 0.55;
const NEAR_CONTAINMENT = 0.8;
const MAX_NAME_WORDS = 3;

/** `RecBench+` or `Amazon-Review 2023` against a full title: a name, which no word count can refute. */
function isShortAgainst(small: string[], large: string[]): boolean {
  return small.length <= MAX_NAME_WORDS && large.length >= small.length + 2;
}

/**
 * Compares two titles. 'same': equal once normalised, or once case, hyphens, plurals and common
 * abbreviations (`LLMs`, `GNN`, `VLM`) are folded, parentheses dropped, or either side of a colon taken
 * for the whole (`Chameleon` and `Chameleon: Mixed-Modal Early-Fusion Foundation Models`);
 * 'near': a typo, a shortened, extended or renamed title that keeps most words or the short name, or a
 * name of three words or fewer against a full title;
 * 'different': clearly different papers.
 */
export function compareTitles(a: string, b: string): TitleComparison {
  const normalizedA = normalizeTitle(a);
  const normalizedB = normalizeTitle(b);
  if (normalizedA === normalizedB) return { match: 'same', score: 1 };
  if (normalizedA === '' || normalizedB === '') return { match: 'different', score: 0 };
  const splitA = splitColon(a);
  const splitB = splitColon(b);
  if (
    citedForms(b, normalizedB, splitB).has(foldedOf(normalizedA)) ||
    citedForms(a, normalizedA, splitA).has(foldedOf(normalizedB))
  ) {
    return { match: 'same', score: 1 };
  }

  const tokensA = contentTokens(spelledOut(normalizedA));
  const tokensB = contentTokens(spelledOut(normalizedB));
  const [small, large] = tokensA.length <= tokensB.length ? [tokensA, tokensB] : [tokensB, tokensA];
  const matched = matchedTokens(small, large);
  const overlap = small.length + large.length === 0 ? 0 : (2 * matched) / (small.length + large.length);
  const containment = small.length === 0 ? 0 : matched / small.length;
  const characters = similarity(normalizedA.replaceAll(' ', ''), normalizedB.replaceAll(' ', ''));
  const score = Math.max(overlap, characters);

  const { name: nameA } = splitA;
  const { name: nameB } = splitB;
  const sharedShortName = nameA !== undefined && (nameA === nameB || tokensMatch(nameA, nameB ?? ''));
  // A short name may also appear inside the other title: `P5` in `… Predict Paradigm (P5)`.
  const nameInOther =
    (nameA !== undefined && ` ${normalizedB} `.includes(` ${nameA} `)) ||
    (nameB !== undefined && ` ${normalizedA} `.includes(` ${nameB} `));
  const shortenedOrExtended = containment >= NEAR_CONTAINMENT && small.length >= 2;
  if (
    characters >= NEAR_CHARACTERS ||
    overlap >= NEAR_OVERLAP ||
    shortenedOrExtended ||
    isShortAgainst(small, large) ||
    sharedShortName ||
    nameInOther
  ) {
    return { match: 'near', score };
  }
  return { match: 'different', score };
}

/** `MusicGen - a simple and controllable model …`, `4) LLaRA — Aligning …`: a name, then what it is. */
const NAME_THEN_DESCRIPTION = /^([^:]{1,40}?)\s+[-\u2013\u2014]\s+\S/u;

/**
 * Whether `title`, not the same as `paperTitle`, reads as a name standing for that paper rather than as
 * its title misspelt: three words or fewer against a longer title (`Mamba-2`, `Chain of Thought`), such a
 * name followed by a description, or the paper title's first words (`Where to Go Next for Recommender
 * Systems`).
 */
export function readsAsName(title: string, paperTitle: string): boolean {
  const written = titleTokens(title);
  const paperWritten = titleTokens(paperTitle);
  if (isShortAgainst(written, paperWritten)) return true;
  const named = NAME_THEN_DESCRIPTION.exec(title);
  if (named && titleTokens(named[1]).length <= MAX_NAME_WORDS) return true;
  const words = spelledOut(written.join(' ')).map(stem);
  const paperWords = spelledOut(paperWritten.join(' ')).map(stem);
  return words.length < paperWords.length && words.every((word, i) => word === paperWords[i]);
}
