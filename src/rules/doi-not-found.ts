/**
 * @rule doi-not-found
 * @summary DOIs that the DOI system does not know.
 * @fixable no
 *
 * Needs the network (skipped with `--offline`). DOIs in resolver links (`doi.org`, `dx.doi.org`,
 * `hdl.handle.net`), in publisher links that carry one (`https://dl.acm.org/doi/10.1145/…`) and in the
 * text are looked up through the DOI handle API (`--doi-api`, `GET {api}/{doi}`), so that publishers' bot
 * walls are never touched.
 * Only the API's own answer decides: `responseCode` 100 means the DOI does not exist; 1 means it does;
 * anything else, or no answer, leaves the DOI unverified.
 *
 * The finding is an `error` on the link, e.g. `DOI 10.1145/0000000.0000000 not found` for
 * `- Some Paper, [[paper]](https://doi.org/10.1145/0000000.0000000)`. An entry that links the same DOI
 * twice (doi.org and the publisher) gets one finding, on the first link.
 */
import { defineNetworkRule } from './network-rule.js';
import { doiResults, placeOf } from './registry-refs.js';

export default defineNetworkRule('doi-not-found', (list, results) =>
  doiResults(list, results).flatMap(({ ref, result }) =>
    result.status === 'not-found'
      ? [{ severity: 'error' as const, message: `DOI ${ref.doi} not found`, ...placeOf(ref) }]
      : [],
  ),
);
