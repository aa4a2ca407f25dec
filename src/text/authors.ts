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
    'better simple simply scaling scale unified universal general generalist specialist'
  ).split(' '),
);

/** `M.`, `J.-Y.`, `T.C.`, or a bare `M` (`Smith M, Jones K`): an initial or two. */
const INITIAL = /^(?:(?:\p{Lu}\.-?){1,3}|\p{Lu}{1,2})$/u;
/** `G. Hinton`, `J.-Y. Zhu`: one author with initials. */
const ONE_AUTHOR = /^(?:\p{Lu}\.[\s-]?){1,3}\p{Lu}[\p{L}'’-]+$/u;
/** A capitalised word (`Delbruck`, `Nießner`, `O'Brien`, `Al-Rfou`, `McDonald`); acronyms (`LLM`) are no names. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*\.?$/u;

interface Part {
  words: string[];
  initial: boolean;
}

/** One author's name: a few capitalised words, initials or particles, none of them a title word. */
function namePart(part: string): Part | undefined {
  const words = part.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 5) return undefined;
  let initial = false;
  let named = false;
  for (const word of words) {
    if (INITIAL.test(word)) {
      initial = true;
      continue;
    }
    if (PARTICLES.has(word)) continue;
    if (!NAME_WORD.test(word) || TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) return undefined;
    named = true;
  }
  return named || initial ? { words, initial } : undefined;
}

const SPLIT = /\s*(?:[,;，、&]|\band\b)\s*/u;
const ET_AL = /\bet\.?\s*al\b\.?/;

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
  for (const piece of names.split(SPLIT)) {
    if (piece === '') continue;
    const part = namePart(piece);
    if (!part) return false;
    parts.push(part);
  }
  if (parts.length === 0) return false;
  // `Colin Raffel et al.`: one name is enough before `et al.`.
  if (etAl) return etAl.index + etAl[0].length >= trimmed.length - 1;
  if (parts.length < 2) return false;
  if (parts.some((part) => part.initial)) return true;
  const fullNames = parts.filter((part) => part.words.length >= 2).length;
  return parts.length === 2 ? fullNames === 2 : fullNames >= 2;
}

/**
 * `Ha and Schmidhuber`, `Wang & Ba`: two surnames, as citations name two authors. Only where a citation's
 * authors stand (after a title, before a year): as a title, `Sense and Sensibility` reads the same.
 */
export function isSurnamePair(text: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*\p{Ll} (?:and|&) \p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(text.trim());
}
