/**
 * @rule arxiv-title-mismatch
 * @summary An entry's title that is not the title of the arXiv paper it links to.
 * @fixable no
 *
 * Needs the network (skipped with `--offline`). The entry's title is compared with the title the arXiv
 * API gives for each arXiv id of the entry — for a link pinned to `vN`, with the title of that version,
 * since titles change between versions. Both are normalised first (case, punctuation, quotes, LaTeX
 * `$…$` and `{…}`, Unicode forms, whitespace and line breaks), then compared word by word, allowing a
 * short name before the title: `MicroLens: A Content-Driven Micro-Video Recommendation Dataset at Scale`
 * matches an arXiv title without the `MicroLens: ` and vice versa.
 *
 * A clearly different title is an `error` — usually the link points at the wrong paper — with the
 * arXiv title in the message: `Title does not match arXiv 2305.11700: "Some Other Paper"`. A near miss
 * (a typo, a word dropped or added) is an `info` giving the arXiv spelling:
 * `Title differs slightly from arXiv 2305.11700: "Exact Title of the Paper"`. Entries without a title
 * are left to `entry-format`.
 */
import { compareTitles } from '../text/title.js';
import { defineNetworkRule } from './network-rule.js';
import { arxivRecords, placeOf } from './registry-refs.js';

export default defineNetworkRule('arxiv-title-mismatch', 'error', (list, results) =>
  arxivRecords(list, results).flatMap(({ entry, ref, key, record }) => {
    if (entry.title === '' || record.title === '') return [];
    const { match } = compareTitles(entry.title, record.title);
    if (match === 'same') return [];
    return [
      match === 'near'
        ? {
            severity: 'info' as const,
            message: `Title differs slightly from arXiv ${key}: "${record.title}"`,
            ...placeOf(ref),
          }
        : {
            severity: 'error' as const,
            message: `Title does not match arXiv ${key}: "${record.title}"`,
            ...placeOf(ref),
          },
    ];
  }),
);
