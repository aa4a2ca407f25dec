/**
 * @rule arxiv-withdrawn
 * @summary arXiv papers that their authors withdrew (or that were retracted).
 * @fixable no
 *
 * Needs the network (skipped with `--offline`). A withdrawn arXiv paper stays in the arXiv API, its
 * last version replaced by a withdrawal notice; the notice's comment says so ("This paper has been
 * withdrawn by the author…"). A list usually should not recommend it, or should say that it was
 * withdrawn. A link pinned to an earlier version (`2305.11700v1`) is checked against that version and
 * is not reported.
 *
 * The finding is a `warning` on the link, quoting the comment, e.g.
 * `arXiv paper 2401.00101 was withdrawn: "This paper has been withdrawn by the author"`.
 */
import { defineNetworkRule } from './network-rule.js';
import { arxivRecords, placeOf } from './registry-refs.js';

const MAX_QUOTE = 160;

function quote(comment: string | undefined): string {
  const text = (comment ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return '';
  return `: "${text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text}"`;
}

export default defineNetworkRule('arxiv-withdrawn', (list, results) =>
  arxivRecords(list, results).flatMap(({ ref, key, record }) =>
    record.withdrawn
      ? [
          {
            severity: 'warning' as const,
            message: `arXiv paper ${key} was withdrawn${quote(record.comment)}`,
            ...placeOf(ref),
          },
        ]
      : [],
  ),
);
