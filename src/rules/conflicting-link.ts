/**
 * @rule conflicting-link
 * @summary One arXiv id, DOI or paper URL attached to entries with clearly different titles, or one entry linking two arXiv ids.
 * @fixable no
 *
 * When two entries carry the same arXiv id (any URL form or version), the same DOI or the same paper
 * URL (OpenReview, ACL Anthology, a `[paper]` link…) but their titles name clearly different papers,
 * one of them links the wrong paper — usually a copy-paste of the neighbouring entry's link or a
 * mistyped id that happens to be another listed paper.
 *
 * Titles are compared after normalisation (case, punctuation, LaTeX, dashes) and by word overlap, so
 * the same paper under a typo'd, shortened, extended or renamed title, behind a short name
 * (`MicroLens: …`), inside a full citation, or against a short name (`RecBench+`) is not a conflict:
 * those pairs are `duplicate-entry` findings instead. Only links that name the entry's own paper count:
 * a `[paper]`-like label or the title as label, not `[GPT3](…)-like models` in a description. Code
 * repositories, project pages and pages that many entries link (a conference programme) are never
 * compared. A paper renamed so thoroughly that its two titles share no words is reported here too: it
 * is listed twice, and only the arXiv API can tell which title is current.
 *
 * One entry whose own links name two different arXiv ids (its title links one paper, its `arXiv` badge
 * another) links a wrong paper too, whether or not the other id stands in another entry: a `warning` on the
 * second link, naming both ids (`related` points at the first). Links that cite other work
 * (`[GPT3](…)-like models`, `[v2]`, `[journal version]`) are not the entry's own. This rule owns the finding
 * rather than `arxiv-url`, which judges how one link is written: both links here are well formed, and what is
 * wrong is which paper one of them names, as between two entries.
 *
 * The finding is an `error` on the later entry; `related` points at the earlier one, with the same
 * message seen from there. It cannot tell which of the two is wrong: check both (the network rule
 * `arxiv-title-mismatch` can). A name (`MoCo`, `Llama 3.1`) cannot refute a title: under a shared link
 * it is the same paper, a duplicate.
 *
 * Online, when the shared key is an arXiv id, the later entry's full title is searched on arXiv as for
 * `arxiv-title-mismatch`'s errors (`--max-searches`, default 50 a run): when exactly one paper carries it
 * and that paper is another id, the message ends `; arXiv has this title as 2009.13724` and the fix
 * replaces the entry's arXiv link with that paper's, in the link's own form. `--fix` applies it in an
 * online run only; offline there is no fix (hence no 'yes' in the table).
 *
 * @example ok
 * - Leveraging Large Language Models in ConversationalRecommender Systems, [[paper]](https://arxiv.org/abs/2305.07961)
 * - Leveraging Large Language Models in Conversational Recommender Systems, [[paper]](http://arxiv.org/abs/2305.07961v2)
 *
 * @example not-ok
 * - UP5: Unbiased Foundation Model for Fairness-aware Recommendation, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.12090)
 * - VIP5: Towards Multimodal Foundation Models for Recommendation, arxiv 2023/05, [[paper]](https://arxiv.org/pdf/2305.12090.pdf)
 * @expect 2:1 error Conflicting link: arXiv id 2305.12090 is also the link of line 1, a different title ('UP5: Unbiased Foundation Model for Fairness-aware Recommendation')
 *
 * @example not-ok
 * - [3D Geometry-aware Deformable Gaussian Splatting](https://arxiv.org/abs/2404.06270) [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2404.06271)
 * @expect 1:87 warning Conflicting links: this entry links arXiv 2404.06270 and 2404.06271; one of them is another paper
 */
import type { RuleFinding } from '../types.js';
import { describeKey, entryPairsOf, idClashesOf } from './entry-pairs.js';
import { defineRule } from './rule.js';

const MAX_QUOTED_TITLE = 80;

function quoted(title: string): string {
  if (title.length <= MAX_QUOTED_TITLE) return `'${title}'`;
  const cut = title.slice(0, MAX_QUOTED_TITLE - 1);
  // Cut at a word boundary so the quote stays readable.
  const short = `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
  return `'${short}'`;
}

export default defineRule('conflicting-link', {}, (list) => [
  ...entryPairsOf(list).flatMap((pair) => {
    if (pair.relation !== 'conflict') return [];
    const alsoLinkOf = (line: number, title: string) =>
      `Conflicting link: ${describeKey(pair.key)} is also the link of line ${line}, a different title (${quoted(title)})`;
    const line = pair.other.span.start.line;
    const arxivRef =
      pair.key.kind === 'arxiv'
        ? pair.entry.arxiv.find((ref) => ref.id === pair.key.value && ref.link)
        : undefined;
    return [
      {
        severity: 'error' as const,
        message: alsoLinkOf(line, pair.other.title),
        span: pair.entry.span,
        related: [
          {
            line,
            column: pair.other.span.start.column,
            // Read at the earlier entry, e.g. when a pull request inserts it above the other one.
            message: alsoLinkOf(pair.entry.span.start.line, pair.entry.title),
          },
        ],
        // Online, a title search may tell which paper this entry's title is.
        ...(arxivRef?.link && { arxivLink: { entry: pair.entry, replace: arxivRef.link } }),
      },
    ];
  }),
  ...idClashesOf(list).map(
    ({ first, second }): RuleFinding => ({
      severity: 'warning',
      message: `Conflicting links: this entry links arXiv ${first.id} and ${second.id}; one of them is another paper`,
      span: second.link?.span ?? second.span,
      related: [
        {
          line: first.span.start.line,
          column: first.span.start.column,
          message: `arXiv ${first.id}, also linked as ${second.id} in this entry`,
        },
      ],
    }),
  ),
]);
