/**
 * @rule arxiv-title-mismatch
 * @summary An entry's title that is not the title of the arXiv paper it links to.
 * @fixable yes
 *
 * Needs the network (skipped with `--offline`). The entry's title is compared with the title the arXiv
 * API gives for each arXiv id of the entry — for a link pinned to `vN`, with the title of that version.
 * Both are normalised first (case, punctuation, quotes, LaTeX `$…$` and `{…}`, Unicode forms, whitespace
 * and line breaks); hyphen and plural variants and common abbreviations (`LLMs`, `GNN`, `VLM`, `RL` …)
 * count as the same words, and either side of the arXiv title's colon counts as the whole:
 * `MicroLens`, `Chameleon` or `Computer Vision Through the Lens of Natural Language` name the papers
 * `MicroLens: A Content-Driven …`, `Chameleon: Mixed-Modal …` and `Towards Language Models That Can
 * See: Computer Vision Through the LENS of Natural Language`.
 *
 * A name is never a wrong title. Nothing is said about an entry whose title is a name (the entry model
 * says so, or it is three words or fewer against a longer arXiv title, such a name followed by ` - ` and a
 * description, or the arXiv title's first words),
 * nor about any entry of a list that writes names: one where fewer than 60 % of at least 5 checked titles
 * are their arXiv titles or near misses of them.
 *
 * A title that shares a distinctive name before its colon with the arXiv title (`Reflexion: an autonomous
 * agent …` against `Reflexion: Language Agents with Verbal Reinforcement Learning`) is one paper renamed,
 * never a wrong link: an `info` at most, `Title shares its name with arXiv 2303.11366 but not the rest: "…";
 * renamed?`. Generic leads (`Survey:`, `Position:`) name no paper.
 *
 * In a list that writes full titles, a title that shares almost nothing with the arXiv title is an `error`
 * — the link points at another paper — quoting the arXiv title:
 * `Title does not match arXiv 2305.11700: "Some Other Paper"`. A near miss (a typo, a word dropped or
 * added) is an `info` giving the arXiv spelling: `Title differs slightly from arXiv 2305.11700: "Exact
 * Title of the Paper"`. Titles change between versions: when a title a list gives an id is not its
 * latest one, version 1 is looked up as well (after the latest versions, in the same polite batches),
 * and an entry carrying that older title
 * gets an `info`: `Title is the first title of arXiv 2303.11366, since renamed "…"`. Entries without a
 * title are left to `entry-format`. A title in another script than the arXiv title (`RT-2: 视觉语言动作模型
 * 将网络知识转移到机器人控制` for an English paper) is a translation: never compared, and no evidence of
 * the list's habit either.
 *
 * The right link, proposed: for an `error` on an entry whose title is a full title (not a name), arXiv is
 * searched for that title (`ti:"…"`, at most 10 results) through the same client as the id lookups — one
 * connection, `--arxiv-interval` apart, Retry-After honoured, answers cached 7 days — after them, at most
 * `--max-searches` (default 50, `0` = none) searches a run, and in the Action's pull request runs only for
 * entries on added lines. When exactly one paper found carries the entry's title (the comparison above),
 * the message names it — `Title does not match arXiv 2001.04253: "Parameter-Efficient Transfer …"; arXiv
 * has this title as 2009.13724` — and the fix replaces the link's address with that paper's, in the link's
 * own form (abs or pdf, a `.pdf` suffix kept, a version pin dropped). No paper or several: no proposal.
 * `--fix` applies it in an online run only.
 *
 * The examples below run against a fake arXiv API that knows the real titles of these papers.
 *
 * @example ok
 * - Chameleon, [[paper]](https://arxiv.org/abs/2405.09818)
 * - Graph Neural Prompting with LLMs, [[paper]](https://arxiv.org/abs/2309.15427)
 * - Computer Vision Through the Lens of Natural Language, [[paper]](https://arxiv.org/abs/2306.16410)
 *
 * @example not-ok
 * - Chameleon: Mixed-Modal Early-Fusion Foundation Models, [[paper]](https://arxiv.org/abs/2405.09818)
 * - Graph Neural Promptnig with Large Language Models, [[paper]](https://arxiv.org/abs/2309.15427)
 * - Reflexion: an autonomous agent with dynamic memory and self-reflection, [[paper]](https://arxiv.org/abs/2303.11366)
 * - Attention Is All You Need, [[paper]](https://arxiv.org/abs/2405.09818)
 * @expect 2:54 info Title differs slightly from arXiv 2309.15427: "Graph Neural Prompting with Large Language Models"
 * @expect 3:75 info Title is the first title of arXiv 2303.11366, since renamed "Reflexion: Language Agents with Verbal Reinforcement Learning"
 * @expect 4:30 error Title does not match arXiv 2405.09818: "Chameleon: Mixed-Modal Early-Fusion Foundation Models"
 */
import { CJK_LETTER } from '../text/cjk.js';
import { compareTitles, readsAsName, sharedColonLead } from '../text/title.js';
import type { ArxivRef, Entry, PaperList } from '../types.js';
import type { ArxivRecord, VerifyResults } from '../verify/types.js';
import { defineNetworkRule } from './network-rule.js';
import { arxivRecords, placeOf } from './registry-refs.js';

/** From this share of checked titles that are their arXiv titles on, a list writes full titles. */
const FULL_TITLE_SHARE = 0.6;
/** Fewer checked titles say nothing about a list's habit (an Action run checks only the added lines). */
const MIN_EVIDENCE = 5;

/** A title written in CJK for a paper titled without (or the reverse) is a translation, not a wrong title. */
const isTranslation = (title: string, arxivTitle: string) =>
  CJK_LETTER.test(title) !== CJK_LETTER.test(arxivTitle);

/** How an entry's title reads against its arXiv record. */
type TitleReading = 'same' | 'name' | 'first-title' | 'renamed' | 'near' | 'different';

interface CheckedTitle {
  entry: Entry;
  ref: ArxivRef;
  key: string;
  record: ArxivRecord;
  reading: TitleReading;
}

function readingOf(entry: Entry, record: ArxivRecord): TitleReading {
  const { match } = compareTitles(entry.title, record.title);
  if (match === 'same') return 'same';
  if (entry.titleKind === 'name' || readsAsName(entry.title, record.title)) return 'name';
  if (
    record.firstTitle !== undefined &&
    compareTitles(entry.title, record.firstTitle).match !== 'different'
  ) {
    return 'first-title';
  }
  // `Reflexion: …` on both sides: the paper kept its name and changed its subtitle.
  if (match === 'different' && sharedColonLead(entry.title, record.title) !== undefined) return 'renamed';
  return match;
}

/** Whether the list cites papers by name: most of its titles with an arXiv record are not that paper's title. */
function writesNames(checked: CheckedTitle[]): boolean {
  if (checked.length < MIN_EVIDENCE) return false;
  const titles = checked.filter(({ reading }) => reading !== 'name' && reading !== 'different').length;
  return titles < FULL_TITLE_SHARE * checked.length;
}

function checkedTitles(list: PaperList, results: VerifyResults): CheckedTitle[] {
  return arxivRecords(list, results).flatMap(({ entry, ref, key, record }) =>
    entry.title === '' || record.title === '' || isTranslation(entry.title, record.title)
      ? []
      : [{ entry, ref, key, record, reading: readingOf(entry, record) }],
  );
}

const MESSAGES: Record<
  Exclude<TitleReading, 'same' | 'name'>,
  (key: string, record: ArxivRecord) => string
> = {
  'first-title': (key, { title }) => `Title is the first title of arXiv ${key}, since renamed "${title}"`,
  renamed: (key, { title }) =>
    `Title shares its name with arXiv ${key} but not the rest: "${title}"; renamed?`,
  near: (key, { title }) => `Title differs slightly from arXiv ${key}: "${title}"`,
  different: (key, { title }) => `Title does not match arXiv ${key}: "${title}"`,
};

export default defineNetworkRule('arxiv-title-mismatch', (list, results) => {
  const checked = checkedTitles(list, results);
  if (writesNames(checked)) return [];
  return checked.flatMap(({ entry, ref, key, record, reading }) =>
    reading === 'same' || reading === 'name'
      ? []
      : [
          {
            severity: reading === 'different' ? ('error' as const) : ('info' as const),
            message: MESSAGES[reading](key, record),
            ...placeOf(ref),
            // The link points at another paper: a title search may find the entry's own.
            ...(reading === 'different' && ref.link && { arxivLink: { entry, replace: ref.link } }),
          },
        ],
  );
});
