/**
 * @rule arxiv-not-found
 * @summary arXiv ids that the arXiv API does not know (or a pinned version that does not exist).
 * @fixable yes
 *
 * Needs the network (skipped with `--offline`). Every arXiv id of an entry — in `arxiv.org` links or
 * written as `arXiv:2305.11700` — is looked up through the arXiv API (`--arxiv-api`), never on
 * arxiv.org itself, in batches of up to 100 ids, one request at a time and at least `--arxiv-interval`
 * apart. An id that the API leaves out of its answer does not exist; neither does a version pinned with
 * `vN` beyond the paper's last version, nor an id outside arXiv's grammar. When the API is busy or
 * unreachable the id is left unverified, never reported here.
 *
 * The finding is an `error` on the link (or the id in the text), e.g. `arXiv paper 2401.99999 not found`
 * for `- Some Paper, [[paper]](https://arxiv.org/abs/2401.99999)`, or `arXiv paper 2305.11700v9 not found`
 * for a link to a version that was never posted. An entry linking both the abstract and the PDF of the
 * same id gets one finding, on the first link.
 *
 * Online, the entry's full title (not a name) is searched on arXiv as for `arxiv-title-mismatch`'s errors
 * (`--max-searches`, default 50 a run); when exactly one paper carries it, the message names it
 * (`arXiv paper 2401.99999 not found; arXiv has this title as 2305.11700`) and the fix replaces the link's
 * address with that paper's in the link's own form. `--fix` applies it in an online run only.
 */
import { defineNetworkRule } from './network-rule.js';
import { arxivResults, placeOf } from './registry-refs.js';

export default defineNetworkRule('arxiv-not-found', (list, results) =>
  arxivResults(list, results).flatMap(({ entry, ref, key, result }) =>
    result.status === 'not-found'
      ? [
          {
            severity: 'error' as const,
            message: `arXiv paper ${key} not found`,
            ...placeOf(ref),
            ...(ref.link && { arxivLink: { entry, replace: ref.link } }),
          },
        ]
      : [],
  ),
);
