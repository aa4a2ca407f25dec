/**
 * Whether a piece of text is an author list (`Gallego, G., Delbruck, T.`, `Zhicheng Lu, Xiang Guo`, `Colin
 * Raffel et al.`): who wrote a paper, never its title. One classifier for every layout: list items, table
 * cells, citations, headings and the quality report alike.
 */

/** Name particles written in lower case (`Luc Van Gool`, `Hugo de Garis`). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'das',
  'dos',
  'du',
  'la',
  'le',
  'bin',
  'al',
  'el',
  'ten',
  'ter',
  'zu',
  'y',
]);

/**
 * Words that titles use and names almost never are: two capitalised phrases joined by a comma (`Deep Learning,
 * Big Data`) are a title, not two authors.
 */
const TITLE_WORDS = new Set(
  (
    'learning network networks model models data deep neural vision language languages image images video ' +
    'videos graph graphs large small fast robust efficient generative adversarial attack attacks defense ' +
    'training transformer transformers diffusion detection segmentation recognition reconstruction rendering ' +
    'generation synthesis scene scenes view views 3d 2d 4d object objects field fields radiance gaussian ' +
    'gaussians splatting survey review benchmark benchmarks dataset datasets system systems agent agents ' +
    'robot robots robotic robotics control policy policies reinforcement planning search retrieval ' +
    'recommendation knowledge reasoning code text speech audio multimodal multi towards toward beyond ' +
    'optimization inference estimation prediction analysis understanding representation representations ' +
    'attention memory time series event events camera cameras sensor sensors flow optical motion depth pose ' +
    'human humans face faces body avatar avatars medical clinical safety security privacy world worlds ' +
    'embodied foundation open zero few shot self supervised unsupervised semi free real online offline ' +
    'dynamic dynamics static sparse dense point cloud clouds mesh meshes surface volume neural-network ' +
    'tracking mapping localization navigation manipulation grasping editing style transfer translation ' +
    'question answering dialogue instruction tuning alignment evaluation explanation interpretability ' +
    'causal bayesian probabilistic stochastic kernel linear nonlinear regression classification clustering ' +
    'anomaly forecasting compression quantization pruning distillation adaptation generalization transfer ' +
    'domain task tasks meta continual federated contrastive masked autoencoder autoencoders encoder decoder ' +
    'prompt prompts prompting chain thought tree trees game games theory approach method methods framework ' +
    'frameworks via using with without for from into over under all you need is are new toward a an the of ' +
    'in on at to and or by as anything everything segment track one two any meets matters need beats more less ' +
    'better simple simply scaling scale unified universal general generalist specialist quantum computer ' +
    'computers computing machine machines'
  ).split(' '),
);

/** `M.`, `J.-Y.`, `T.C.`, or a bare `M` (`Smith M, Jones K`, `Jimmy SJ. Ren`): an initial or two. */
const INITIAL = /^(?:(?:\p{Lu}\.-?){1,3}|\p{Lu}{1,2}\.?)$/u;
/** `G. Hinton`, `J.-Y. Zhu`: one author with initials. */
const ONE_AUTHOR = /^(?:\p{Lu}\.[\s-]?){1,3}\p{Lu}[\p{L}'’-]+$/u;
/** A capitalised word (`Delbruck`, `Nießner`, `O'Brien`, `Al-Rfou`, `McDonald`); acronyms (`LLM`) are no names. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*\.?$/u;
/**
 * Endings of English nouns and adjectives that names almost never have (`Ambiguity`, `Relations`, `Lexical`,
 * `Adaptive`): `Structural Ambiguity and Lexical Relations` is a title, not two authors. Short words are spared
 * (`Clive`, `Clement`).
 */
const WORD_ENDING = /(?:ity|[st]ions?|ments?|ness|isms?|ogy|ics|ical|ives?|ous|able|ible|[iy][sz]ed|ized)$/;

interface Part {
  words: string[];
  initial: boolean;
}

/** What a word is in a name: an initial, a lower-case particle or a capitalised name; undefined when no name's. */
function nameWord(word: string): 'initial' | 'particle' | 'name' | undefined {
  // Initials and names open with a capital: an ASCII word that does not (`with`, `3D`) can only be a particle,
  // told without the Unicode patterns.
  const first = word.charCodeAt(0);
  if (first < 0x80 && (first < 0x41 || first > 0x5a)) return PARTICLES.has(word) ? 'particle' : undefined;
  if (INITIAL.test(word)) return 'initial';
  if (PARTICLES.has(word)) return 'particle';
  if (!NAME_WORD.test(word)) return undefined;
  const lower = (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase();
  return TITLE_WORDS.has(lower) || (lower.length >= 8 && WORD_ENDING.test(lower)) ? undefined : 'name';
}

const NAME_WORDS = /\S+/g;

/** One author's name: a few capitalised words, initials or particles, none of them a title word. */
function namePart(part: string): Part | undefined {
  // Word by word, to stop at the first that is no name's: most parts asked are a title's words.
  const words: string[] = [];
  let initial = false;
  let named = false;
  NAME_WORDS.lastIndex = 0;
  for (let match = NAME_WORDS.exec(part); match; match = NAME_WORDS.exec(part)) {
    const word = match[0];
    if (words.push(word) > 5) return undefined;
    const kind = nameWord(word);
    if (kind === undefined) return undefined;
    if (kind === 'initial') initial = true;
    else if (kind === 'name') named = true;
  }
  return named || initial ? { words, initial } : undefined;
}

const SPLIT = /\s*(?:[,;，、&]|\band\b)\s*/gu;
const ET_AL = /\bet\.?\s*al\b\.?/;

/**
 * Whether names make an author list: one before `et al.`; two or more of which one has initials; otherwise
 * two full names, or at least two full names among more. `single` (a list whose entries open with their
 * authors) also takes one full name or one with initials.
 */
function isNameList(parts: readonly Part[], etAl: boolean, single = false): boolean {
  if (parts.length === 0) return false;
  if (etAl) return true;
  if (parts.length < 2) return single && (parts[0].initial || parts[0].words.length >= 2);
  if (parts.some((part) => part.initial)) return true;
  const fullNames = parts.filter((part) => part.words.length >= 2).length;
  return parts.length === 2 ? fullNames === 2 : fullNames >= 2;
}

/** `A. Author, B. Author`, `Liu, M., Delbruck, T.`, `Xiaodong Lan and Mac Schwager`, `Colin Raffel et al.`. */
export function isAuthorList(text: string): boolean {
  // Cheap tests first: this runs on every title.
  if (text.length < 4) return false;
  if (text[1] === '.' && ONE_AUTHOR.test(text.trim())) return true;
  if (!/[,;&，、]|\band\b|et\.?\s*al/.test(text)) return false;
  const trimmed = text.trim().replace(/[\s.,;:]+$/, '');
  const etAl = ET_AL.exec(trimmed);
  const names = etAl ? trimmed.slice(0, etAl.index) : trimmed;
  const parts: Part[] = [];
  // Piece by piece rather than `split`: the first piece of a title already fails.
  SPLIT.lastIndex = 0;
  for (let from = 0; from !== -1; ) {
    const separator = SPLIT.exec(names);
    const piece = names.slice(from, separator ? separator.index : names.length);
    from = separator ? separator.index + separator[0].length : -1;
    if (piece === '') continue;
    const part = namePart(piece);
    if (!part) return false;
    parts.push(part);
  }
  // `Colin Raffel et al.`: one name is enough before `et al.`, which ends the text.
  if (etAl && etAl.index + etAl[0].length < trimmed.length - 1) return false;
  return isNameList(parts, etAl !== null);
}

/** What comes between two names of a list, or closes it: `, `, ` and `, `, and `, `: `, ` et al., `. */
const LIST_SEPARATOR =
  /\s*(?:,\s*(?:and|&)\s+|\s(?:and|&)\s+|[,;，、]|[:：]|\bet\.?\s*al\b\.?(?:\s*[,:：])?)\s*/g;

/**
 * Length of the author list that opens `text` (`I. J. Goodfellow, J. Shlens, and C. Szegedy, `, `Sabour et
 * al., `, `Quoc V. Le and Tomas Mikolov: `), its closing comma or colon and the spaces after it included; 0
 * when none does or nothing follows it. The list ends after `et al.`, after the name that `and` introduces, and
 * at a colon; past a list that is already one, a colon extends it only over a name with initials
 * (`…, Ross Girshick, Inside-Outside Net: Detecting …` ends before `Inside-Outside Net`). `single`: see
 * `isNameList`. `followed`: the text ends where markup starts (a bold title), so nothing need follow the list in it.
 */
export function leadingAuthors(text: string, single = false, followed = false): number {
  // Authors come first: a list past 400 characters is no author list, and the scan stays linear.
  const head = text.slice(0, 400);
  if (!firstNameMayOpen(head)) return 0;
  const parts: Part[] = [];
  let end = 0;
  /** Whether the names so far are a list without `single`'s leniency: a colon then extends it only so far. */
  let listed = false;
  let pos = 0;
  /** The separator before the current name: after `and`, that name is the last. */
  let before = '';
  /** The scan stopped at the list's end, rather than running out of separators. */
  let closed = false;
  LIST_SEPARATOR.lastIndex = 0;
  for (let sep = LIST_SEPARATOR.exec(head); sep !== null && !closed; sep = LIST_SEPARATOR.exec(head)) {
    const etAl = /\bet\.?\s*al/.test(sep[0]);
    const colon = /[:：]/.test(sep[0]);
    const last = /(?:\band|&)\s*$/.test(before);
    const piece = head.slice(pos, sep.index).trim();
    const part = piece === '' ? undefined : namePart(piece);
    if (
      (piece !== '' && !part) ||
      (piece === '' && !etAl) ||
      (part && colon && listed && !part.initial && !last)
    ) {
      closed = true;
      break;
    }
    if (part) parts.push(part);
    pos = sep.index + sep[0].length;
    before = sep[0];
    const closes = etAl || colon || /[,;，、]\s*$/.test(sep[0]);
    // `Pixels and Words: …` is a title: a colon closes two full names only with an initial among them, or where
    // the list's entries open with their authors.
    const sure = !colon || etAl || single || parts.some((one) => one.initial);
    if (closes && sure && isNameList(parts, etAl, single)) end = pos;
    listed ||= closes && isNameList(parts, etAl);
    closed = etAl || colon || (last && closes);
    // `…, & Van Gool, L. (2017). Webvision …`: the last author's initials after a comma, surnames first.
    if (last && closes && end === pos)
      end += /^(?:\p{Lu}\.[\s-]?){1,3}[,;]?\s*/u.exec(head.slice(end))?.[0].length ?? 0;
  }
  if (!closed && pos > 0) {
    // `Gallego, G., Delbruck, T.`: the names run to the end of the text, and no title follows them.
    const final = namePart(head.slice(pos).replace(/[\s.,;:]+$/, ''));
    if (final && isNameList([...parts, final], false)) return followed ? text.length : 0;
  }
  // Something must follow: the title, or (`followed`) markup after the text, such as a bold title.
  const rest = text.slice(end, end + 40);
  return end > 0 && (/\p{L}/u.test(rest) || (followed && rest.trim() === '')) ? end : 0;
}

/** Words that may hold or start a separator of `LIST_SEPARATOR`, or be one (`and`). */
const SEPARATING_WORD = /[,;，、:：&]|et|^and$/;
const WORDS = /\S+/g;

/**
 * Whether the first name of a list may open `head`: false when one of its first words is no name's, or when
 * six words come before any separator (a name has five at most). Most texts asked are titles (`Improving
 * Graph …`, `On Sampling …`), told so by a word or two instead of a scan for the first separator.
 */
function firstNameMayOpen(head: string): boolean {
  WORDS.lastIndex = 0;
  for (let count = 0, word = WORDS.exec(head); word; word = WORDS.exec(head)) {
    if (SEPARATING_WORD.test(word[0])) return true;
    if (++count > 5 || nameWord(word[0]) === undefined) return false;
  }
  return true;
}

/** One author's name (`David Chiang`, `G. Hinton`), where a list's entries open with their authors. */
export function isOneAuthor(text: string): boolean {
  const part = namePart(text.trim());
  return part !== undefined && (part.initial || part.words.length >= 2);
}

/**
 * `Ha and Schmidhuber`, `Wang & Ba`: two surnames, as citations name two authors. Only where a citation's
 * authors stand (after a title, before a year): as a title, `Sense and Sensibility` reads the same.
 */
export function isSurnamePair(text: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*\p{Ll} (?:and|&) \p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(text.trim());
}
