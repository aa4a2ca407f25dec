/**
 * Where arXiv metadata says a paper was published: the authors' `arxiv:journal_ref`, or their free-text
 * `arxiv:comment` ("Accepted at NeurIPS 2023", "ICLR 2024 camera-ready", "Submitted to ICML"). Pure. When unsure
 * it says nothing: a submission, a review, a workshop, a poster session, a conditional acceptance or a comment
 * that names no venue clearly is no publication.
 */

/** A venue arXiv metadata names as the paper's published version. */
export interface PublishedVenue {
  /** The venue as the metadata spells it (`NeurIPS`, `IEEE S&P`, `Computers & Security`). */
  name: string;
  year?: number;
  /** A short name lists write (`NeurIPS`, `ACM MM`), unlike a journal's full name. */
  short: boolean;
  /** A companion track of the venue (`Findings` of ACL, EMNLP, NAACL). */
  track?: string;
  source: 'journal_ref' | 'comment' | 'dblp';
  /** What a message quotes: `NeurIPS 2023`, or the journal reference as written. */
  text: string;
}

/** Well-known venues as they are spelled, for comments that write them in lower case (`icml 2024 camera-ready`). */
const KNOWN_VENUES = [
  'AAAI',
  'ACL',
  'AISTATS',
  'BMVC',
  'CIKM',
  'COLING',
  'COLT',
  'CoRL',
  'CVPR',
  'EACL',
  'ECCV',
  'EMNLP',
  'ICASSP',
  'ICCV',
  'ICDE',
  'ICLR',
  'ICML',
  'ICRA',
  'IJCAI',
  'INTERSPEECH',
  'IROS',
  'JMLR',
  'KDD',
  'MICCAI',
  'NAACL',
  'NeurIPS',
  'NIPS',
  'RecSys',
  'SIGIR',
  'SIGMOD',
  'TMLR',
  'TPAMI',
  'UAI',
  'VLDB',
  'WACV',
  'WSDM',
  'WWW',
];
const KNOWN_BY_LOWER = new Map(KNOWN_VENUES.map((name) => [name.toLowerCase(), name]));

/** Spellings of one venue that differ by more than case and punctuation. */
const ALIASES: Record<string, string> = {
  nips: 'neurips',
  acmmm: 'mm',
  acmmultimedia: 'mm',
  thewebconf: 'www',
  sigkdd: 'kdd',
  acmsigkdd: 'kdd',
  ieeesp: 'sp',
};

/**
 * The key two spellings of one venue share: lower case, no punctuation, an `IEEE`/`ACM`/`USENIX` prefix dropped
 * and known aliases folded (`NIPS` and `NeurIPS`, `ACM MM` and `ACMMM`, `IEEE S&P` and `S&P`).
 */
export function venueKey(name: string): string {
  const folded = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const aliased = ALIASES[folded] ?? folded;
  const bare = aliased.replace(/^(?:ieeecvf|ieee|acm|usenix|siam)(?=[a-z]{2})/, '');
  return ALIASES[bare] ?? bare;
}

/** Words that say the paper is not (yet) published: whatever venue the comment names, it is not its venue. */
const NOT_PUBLISHED =
  /\b(?:submitted|submit(?:ting)?|submission|under (?:review|consideration|revision)|in review|review(?:ed|ing)? at|conditional(?:ly)?|intended for|will (?:be )?(?:submitted|presented|published|appear)|preliminary|extended abstract|non[- ]archival|rejected|withdrawn|retracted|tiny papers?|short abstract)\b/i;
/** A workshop paper, a talk or a companion event is not the venue's proceedings. */
const SIDE_EVENT =
  /\b(?:workshops?|co-located|colocated|tutorial|doctoral consortium|competition|challenge|demo track)\b/i;
/** A poster that was not accepted as a paper (a poster session) says nothing. */
const POSTER = /\bposter\b/i;
/** Words that introduce the venue of the published version. */
const CUE =
  /\b(?:accepted|to appear|appear(?:s|ed|ing)|published|presented|camera[- ]?ready|final version|conference version|proceedings of|in (?:the )?proceedings)\b|^in\s+(?=the\b|[A-Z])/gi;
/** Parts of a comment that say nothing about a venue: sizes, links, languages, notes on the paper. */
const BORING =
  /^(?:\d+\s*(?:\+\s*\d+\s*)?(?:pages?|page|figures?|figs?\.?|tables?|appendi(?:x|ces)|references|pp\.?)\b.*|.*\b(?:pages?|figures?|tables?)$|(?:in|written in) [A-Z][a-z]+(?: language)?|[A-Z][a-z]+ language|(?:main|long|short|full|regular) (?:paper|track|conference)|(?:long|short|full|regular) paper|oral(?: presentation)?|spotlight|highlight|preprint|extended version|full version|journal version|camera[- ]?ready(?: version)?|project page:?.*|code:?.*|.*\b(?:code|data|dataset|models?|resources) (?:is |are )?(?:available|released|at)\b.*|equal contribution.*|\*.*|)$/i;
/** A track or award word that may stand next to a venue in a comment made of the venue alone. */
const COMPANION =
  /^(?:findings|main|oral|spotlight|highlight|long|short|full|(?:long|short|full|main) (?:paper|track))$/i;

const YEAR = String.raw`(?:19|20)\d{2}(?!\d)`;
/** An acronym-like name: at least two capitals (`NeurIPS`, `ICLR`, `S&P`, `RA-L`, `WiseML`), perhaps a digit. */
const ACRONYM = '[A-Z][A-Za-z0-9&+]*(?:-[A-Za-z]+)*';
const PREFIX = String.raw`(?:IEEE\/CVF|IEEE|ACM|USENIX|SIAM)`;
/** `NeurIPS 2023`, `NeurIPS'23`, `CVPR-2026`, `EMNLP2025`, `IEEE S&P 2025`, `USENIX Security 2025`, `TMLR`. */
const BARE = new RegExp(
  String.raw`(?<![\w&'’])(?:(?<prefix>${PREFIX})\s+)?(?<name>${ACRONYM}|[a-z]{3,})(?:(?<sep>\s*['’]|\s+|-|)(?<year>${YEAR}|(?<=['’])\d{2}(?!\d)))?(?![\w&])`,
  'g',
);
/** `(CVPR)`, `(ICLR 2022)`, `(UbiSec-2023)`, `(USENIX Security 2025)`, then perhaps a year: `(CVPR) 2025`. */
const PARENTHESIZED = new RegExp(
  String.raw`\(\s*(?<inner>(?:${PREFIX}\s+)?[A-Z][\w&+-]*(?:\s+[A-Z][\w&+-]*)?(?:[\s'’-]*(?:${YEAR}|(?<=['’])\d{2}))?)\s*\)(?:\s*(?<after>${YEAR}))?`,
  'g',
);
/** All-capital words that are not venues. */
const NOT_VENUES = new Set([
  'AI',
  'API',
  'CPU',
  'GPU',
  'GPT',
  'LLM',
  'LLMS',
  'ML',
  'NLP',
  'PDF',
  'URL',
  'USA',
  'UK',
  'EU',
  'MIT',
  'PHD',
  'PMLR',
  'LNCS',
  'CEUR',
  'JOURNAL',
  'CONFERENCE',
  'PAPER',
  'ACCEPTED',
  'VERSION',
  'ORAL',
  'SPOTLIGHT',
  'FINDINGS',
  'MAIN',
  'TRACK',
  'NOTE',
]);

interface Mention {
  name: string;
  year?: number;
  index: number;
  end: number;
}

function yearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

const capitals = (text: string) => text.replace(/[^A-Z]/g, '').length;

/**
 * A name as a venue: an acronym (two capitals at least, not a common word), a venue known in any case, or a
 * word after a publisher's name and before a year (`USENIX Security 2025`).
 */
function venueName(prefix: string | undefined, name: string, dated: boolean): string | undefined {
  const known = KNOWN_BY_LOWER.get(name.toLowerCase());
  if (known && (name === known || name === name.toLowerCase())) return prefix ? `${prefix} ${known}` : known;
  const acronym = capitals(name) >= 2 && !NOT_VENUES.has(name.toUpperCase());
  if (!acronym && !(prefix && dated && /^[A-Z]/.test(name))) return undefined;
  return prefix ? `${prefix} ${name}` : name;
}

/** `EMNLP2025` is EMNLP in 2025. */
function splitGluedYear(name: string): { name: string; year?: string } {
  const glued = new RegExp(`^(.*[A-Za-z])(${YEAR})$`).exec(name);
  return glued ? { name: glued[1], year: glued[2] } : { name };
}

/** Acronym-like venues in `text`, in order, each with the year written beside it. */
function bareMentions(text: string, offset = 0): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(BARE)) {
    const groups = match.groups!;
    const glued = groups.year === undefined ? splitGluedYear(groups.name) : { name: groups.name };
    const year = yearOf(groups.year ?? glued.year);
    const name = venueName(groups.prefix, glued.name, year !== undefined);
    if (!name) continue;
    mentions.push({ name, year, index: offset + match.index, end: offset + match.index + match[0].length });
  }
  return mentions;
}

/** The short names authors put in brackets after a venue's full name. */
function parenthesizedMentions(text: string, offset = 0): Mention[] {
  return [...text.matchAll(PARENTHESIZED)].flatMap((match) => {
    const [inner] = bareMentions(match.groups!.inner);
    const whole = inner && inner.end === match.groups!.inner.length && inner.index === 0;
    if (!whole) return [];
    const year = inner.year ?? yearOf(match.groups!.after);
    return [
      { name: inner.name, year, index: offset + match.index, end: offset + match.index + match[0].length },
    ];
  });
}

/** Text with links removed (a URL's `/2025/poster/` is no venue) and whitespace folded. */
function cleaned(text: string): string {
  return text
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Clauses of a comment: split at commas, semicolons and sentence ends. A full stop ends a sentence after a
 * number, a bracket or a lower-case word, not after an abbreviation (`Phys. Rev. B`, `Proc. IEEE`).
 */
function clauses(text: string): Array<{ text: string; index: number }> {
  const parts: Array<{ text: string; index: number }> = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') parts.push({ text: raw.trim(), index: start + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const sentenceEnd =
      c === '.' &&
      /\s/.test(text[i + 1] ?? ' ') &&
      /(?:\d|\)|\b[a-z]{3,}|\b[A-Z]{2,}\d*)$/.test(text.slice(Math.max(0, i - 20), i));
    if (c === ',' || c === ';' || sentenceEnd) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return parts;
}

/** Fillers between a cue and the venue: `as a regular paper at`, `for publication in the`, `to be published in`. */
const FILLER =
  /^(?:\s*(?:for publication|as (?:an? )?(?:[\w-]+ )*?(?:paper|article|poster|oral|spotlight|talk|contribution)|to be published|for presentation|(?:the )?main conference of|(?:the )?proceedings of|version|by|in|at|to|for|on|of|the|:|\d+(?:st|nd|rd|th)))+\s*/i;
const PREPOSITION =
  /^\s*(?:for publication |as (?:an? )?(?:[\w-]+ )*?(?:paper|article) |to be published )?(?:in|at|to|by|for)\b/i;

/** A journal or conference written out in full after a cue (`Accepted in Computers & Security, 2023`). */
function longName(afterCue: string): string | undefined {
  if (!PREPOSITION.test(afterCue)) return undefined;
  const rest = afterCue.replace(FILLER, '');
  const name = /^[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|on|and|for|in|the|&|[A-Z]))*/.exec(rest)?.[0];
  const trimmed = name?.replace(new RegExp(String.raw`\s+(?:${YEAR}|and|of|on|for|in|the)$`), '').trim();
  return trimmed && trimmed.split(/\s+/).length >= 2 ? trimmed : undefined;
}

function firstYear(text: string): number | undefined {
  return yearOf(new RegExp(YEAR).exec(text)?.[0]);
}

const TRACK = /\bfindings\b/i;

function venue(mention: Pick<Mention, 'name' | 'year'>, short: boolean, track: boolean): PublishedVenue {
  const text = [mention.name, mention.year, track ? 'Findings' : undefined].filter(Boolean).join(' ');
  return {
    name: mention.name,
    ...(mention.year !== undefined && { year: mention.year }),
    short,
    ...(track && { track: 'Findings' }),
    source: 'comment',
    text,
  };
}

/** The venue a comment with an acceptance cue names: in the cue's clause, after it, or just before it. */
function cuedVenue(
  text: string,
  cue: RegExpMatchArray & { index: number },
): (Pick<Mention, 'name' | 'year'> & { short: boolean }) | undefined {
  const parts = clauses(text);
  const at = parts.findIndex((part) => part.index + part.text.length > cue.index);
  const clause = parts[at];
  const afterCue = text.slice(cue.index + cue[0].length, clause.index + clause.text.length);
  const offset = cue.index + cue[0].length;
  const inClause = [...parenthesizedMentions(afterCue, offset), ...bareMentions(afterCue, offset)].sort(
    (a, b) => a.index - b.index,
  );
  // A name in brackets is the authors' own short name for the venue they just wrote out.
  const found =
    parenthesizedMentions(afterCue, offset)[0] ??
    inClause[0] ??
    parenthesizedMentions(text.slice(offset), offset)[0] ??
    bareMentions(text.slice(offset), offset).find((mention) => mention.year !== undefined);
  if (found) {
    const year = found.year ?? firstYear(text.slice(found.end, found.end + 12));
    return { name: found.name, year, short: true };
  }
  const long = longName(afterCue);
  if (long) return { name: long, year: firstYear(text.slice(offset)), short: false };
  // `CVPR 2023, Accepted`, `NeurIPS 2022 camera-ready`, `ACM JETC JOURNAL Accepted`: the venue came first.
  const before = [clause, parts[at - 1]].flatMap((part) =>
    part
      ? bareMentions(text.slice(part.index, Math.min(cue.index, part.index + part.text.length)), part.index)
      : [],
  );
  return before[0] && { ...before[0], short: true };
}

/** A comment made of a venue alone, sizes and notes aside: `NeurIPS 2023`, `BMVC 2023 (17 pages, …)`. */
function bareVenue(text: string): Pick<Mention, 'name' | 'year'> | undefined {
  const kept = clauses(text.replace(/\([^()]*\)/g, ' ')).filter((part) => !BORING.test(part.text));
  if (kept.length !== 1) return undefined;
  const [mention] = bareMentions(kept[0].text);
  if (!mention || mention.year === undefined || mention.index !== 0) return undefined;
  const rest = kept[0].text.slice(mention.end).trim();
  return rest === '' || COMPANION.test(rest) ? mention : undefined;
}

/** The venue an `arxiv:comment` says the paper was accepted at or published in; `undefined` when unsure. */
export function venueFromComment(comment: string | undefined): PublishedVenue | undefined {
  if (comment === undefined) return undefined;
  const text = cleaned(comment);
  if (NOT_PUBLISHED.test(text) || SIDE_EVENT.test(text)) return undefined;
  if (POSTER.test(text) && !/\baccepted\b/i.test(text)) return undefined;
  const track = TRACK.test(text);
  const cues = [...text.matchAll(new RegExp(CUE.source, 'gi'))];
  for (const cue of cues) {
    const found = cuedVenue(text, cue);
    if (found) return venue(found, found.short, track);
  }
  const alone = cues.length === 0 ? bareVenue(text) : undefined;
  return alone && venue(alone, true, track);
}

/**
 * The venue an `arxiv:journal_ref` names. Any journal reference says the paper is published; its short name
 * is read when the reference is one (`NeurIPS 2023`, `Proc. of … (ICML 2023)`), else the reference stands as it is.
 */
export function venueFromJournalRef(journalRef: string | undefined): PublishedVenue | undefined {
  if (journalRef === undefined) return undefined;
  const text = cleaned(journalRef);
  if (text === '' || SIDE_EVENT.test(text)) return undefined;
  const short = parenthesizedMentions(text)[0] ?? bareVenue(text);
  const years = [...text.matchAll(new RegExp(YEAR, 'g'))].map((match) => Number(match[0]));
  const year = short?.year ?? years.at(-1);
  return {
    name: short?.name ?? text,
    ...(year !== undefined && { year }),
    short: short !== undefined,
    ...(TRACK.test(text) && { track: 'Findings' }),
    source: 'journal_ref',
    text,
  };
}

/**
 * A venue a bibliography names (DBLP's `NeurIPS`, `IEEE Trans. Knowl. Data Eng.`): short when it is an acronym
 * such as lists write; `undefined` for a workshop or another side event.
 */
export function venueFromName(
  name: string,
  year: number | undefined,
  source: PublishedVenue['source'],
): PublishedVenue | undefined {
  const text = cleaned(name);
  if (text === '' || SIDE_EVENT.test(text)) return undefined;
  const [mention] = bareMentions(text);
  const short = mention !== undefined && mention.index === 0 && mention.end === text.length;
  return {
    name: short ? mention.name : text,
    ...(year !== undefined && { year }),
    short,
    source,
    text: year === undefined ? text : `${text} ${year}`,
  };
}

/**
 * Where arXiv says a paper was published: its journal reference when that names a short venue, else the
 * comment's venue when that one is short, else whichever there is (a journal reference first).
 */
export function publishedVenue(record: {
  journalRef?: string;
  comment?: string;
}): PublishedVenue | undefined {
  const reference = venueFromJournalRef(record.journalRef);
  if (reference?.short) return reference;
  const comment = venueFromComment(record.comment);
  return comment?.short ? comment : (reference ?? comment);
}
