/**
 * @rule arxiv-url
 * @summary Malformed or non-canonical arXiv links.
 * @fixable yes
 *
 * Checks every link to arxiv.org (or one of its mirrors) against the full arXiv id grammar: new-style
 * ids `YYMM.NNNN` (2007-04 to 2014-12) and `YYMM.NNNNN` (2015 on), old-style ids `archive[.SC]/YYMMNNN`
 * from arXiv's fixed list of archives (1991-08 to 2007-03), versions `v1` and up, no month after today.
 *
 * - **error** for links arxiv.org answers 404 to: unknown paths (`/abd/`), the retired
 *   `/ftp/…/papers/` layout, a bare id without `/abs/`, junk after the id (`2403.08206f`), ids that cannot exist (month 13, a
 *   5-digit number before 2015, an archive that did not exist that month, a month after today), `v0`,
 *   empty ids, and destinations without a scheme (a relative link on GitHub).
 * - **warning** for links that work only through a redirect or a mirror: `http:`, `www.`,
 *   `export.arxiv.org` (meant for programs), `xxx.lanl.gov` / `lanl.arxiv.org` / `{cc}.arxiv.org`,
 *   `/abs/ID.pdf`, a trailing `/`, `//`, upper case, `arXiv:` inside the path, 4-digit
 *   numbers after 2014 (and zero-padded ones before), subject classes in old-style ids (`math.AG/0101001`), and query
 *   strings (`?fbclid=…`, `?context=cs`), which arXiv ignores.
 *
 * A link whose only problem is `http:` is an **info** when at least a third of the file's arXiv links, and
 * five or more, use `http:`: that is how the list writes them (older lists, from before arXiv served HTTPS), and one
 * warning per link would bury the rest; `--fix` still rewrites them.
 *
 * One finding per link: the most severe problem decides the severity and the message lists them all.
 * When the canonical URL (`https://arxiv.org/abs/ID`, `https://arxiv.org/pdf/ID` for PDF links, a
 * pinned `vN` kept) can be told, it is the fix; a link with no id at all has none.
 *
 * Options (style, off by default):
 * - `prefer`: `"abs"` or `"pdf"` asks every paper link to open that page; `"any"` (default) accepts both.
 * - `versions`: `"unpinned"` asks for links to the latest version (no `vN`); `"any"` (default) accepts both.
 *
 * @example ok
 * - Title, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * - Title, [[pdf]](https://arxiv.org/pdf/2305.11700v2.pdf) [[html]](https://arxiv.org/html/2305.11700v2)
 * - An old one, [[paper]](https://arxiv.org/abs/hep-th/9901001v1)
 *
 * @example not-ok
 * - Title, [[paper]](https://arxiv.org/abd/2305.11700)
 * @expect 1:20 error Malformed arXiv link: unknown path 'abd'
 *
 * @example not-ok
 * - Title, [[paper]](https://arxiv.org/abs/2403.08206f)
 * - Title, [[paper]](https://arxiv.org/abs/2313.00001)
 * - Title, [[paper]](https://arxiv.org/abs/2305.11700v0)
 * - Title, [[paper]](https://arxiv.org/abs/)
 * - Title, [[paper]](https://arxiv.org//2405.07314)
 * @expect 1:20 error Malformed arXiv link: unexpected 'f' after the id '2403.08206'
 * @expect 2:10 error Malformed arXiv link: impossible id '2313.00001': month 13 does not exist
 * @expect 3:20 error Malformed arXiv link: impossible id '2305.11700v0': version 'v0' does not exist
 * @expect 4:10 error Malformed arXiv link: empty id
 * @expect 5:20 error Malformed arXiv link: missing '/abs/' before the id; '//' in the path, expected '/'
 *
 * @example not-ok
 * - Title, [[paper]](http://www.arxiv.org/abs/2305.11700.pdf)
 * - Title, [[paper]](https://arxiv.org/abs/1501.0001)
 * - Title, [[paper]](https://arxiv.org/abs/2102.01192?fbclid=IwAR3)
 * - Title, [[paper]](https://xxx.lanl.gov/abs/math.AG/0101001)
 * @expect 1:20 warning Non-canonical arXiv link: 'http:', expected 'https:'; host 'www.arxiv.org', expected 'arxiv.org'; '.pdf' after the id of an abs link, expected none
 * @expect 2:20 warning Non-canonical arXiv link: 4-digit number in '1501.0001', expected '1501.00001'
 * @expect 3:20 warning Non-canonical arXiv link: query parameter 'fbclid', expected none
 * @expect 4:20 warning Non-canonical arXiv link: mirror host 'xxx.lanl.gov', expected 'arxiv.org'; subject class in 'math.AG/0101001', expected 'math/0101001'
 *
 * @example not-ok
 * - GPT-3, [[paper]](http://arxiv.org/abs/2005.14165)
 * - Transformer, [[paper]](http://arxiv.org/abs/1706.03762)
 * - BERT, [[paper]](http://arxiv.org/abs/1810.04805)
 * - T5, [[paper]](http://arxiv.org/abs/1910.10683)
 * - GPT-2, [[paper]](http://www.arxiv.org/abs/1901.00001)
 * - ResNet, [[paper]](https://arxiv.org/abs/1512.03385)
 * - LLaMA, [[paper]](https://arxiv.org/abs/2302.13971)
 * @expect 1:20 info Non-canonical arXiv link: 'http:', expected 'https:'
 * @expect 2:26 info Non-canonical arXiv link: 'http:', expected 'https:'
 * @expect 3:19 info Non-canonical arXiv link: 'http:', expected 'https:'
 * @expect 4:17 info Non-canonical arXiv link: 'http:', expected 'https:'
 * @expect 5:20 warning Non-canonical arXiv link: 'http:', expected 'https:'; host 'www.arxiv.org', expected 'arxiv.org'
 *
 * @example ok {"prefer": "abs"}
 * - Title, [[paper]](https://arxiv.org/abs/2305.11700v2)
 *
 * @example not-ok {"prefer": "abs", "versions": "unpinned"}
 * - Title, [[paper]](https://arxiv.org/pdf/2305.11700v2)
 * @expect 1:20 warning Non-canonical arXiv link: '/pdf/', expected '/abs/'; pinned version 'v2', expected none
 */
import { type ArxivUrlAnalysis, type ArxivUrlOptions, analyzeArxivUrl } from '../arxiv/url.js';
import { linksOf } from '../parse/index.js';
import type { Link, RuleFinding } from '../types.js';
import { defineRule } from './rule.js';

export type ArxivUrlRuleOptions = Required<ArxivUrlOptions>;

/** From this share of a file's arXiv links on `http:`, and this many, `http:` is how the list writes them. */
const HTTP_CONVENTION = 1 / 3;
const MIN_HTTP_LINKS = 5;

const onlyHttp = (analysis: ArxivUrlAnalysis) =>
  analysis.problems.length > 0 && analysis.problems.every((problem) => problem.code === 'http');

function findingFor(
  link: Link,
  analysis: ArxivUrlAnalysis,
  httpConvention: boolean,
): RuleFinding | undefined {
  if (analysis.problems.length === 0) return undefined;
  const malformed = analysis.problems.some((p) => p.severity === 'error');
  const finding: RuleFinding = {
    severity: malformed ? 'error' : httpConvention && onlyHttp(analysis) ? 'info' : 'warning',
    message: `${malformed ? 'Malformed arXiv link' : 'Non-canonical arXiv link'}: ${analysis.problems.map((p) => p.message).join('; ')}`,
    span: link.span,
    url: link.url,
  };
  if (analysis.canonical !== undefined && link.urlSpan) {
    finding.fix = {
      start: link.urlSpan.start.offset,
      end: link.urlSpan.end.offset,
      replacement: analysis.canonical,
    };
  }
  return finding;
}

export default defineRule<ArxivUrlRuleOptions>(
  'arxiv-url',
  { prefer: 'any', versions: 'any' },
  // Every link of the file: a 404-ing arXiv link in an introduction or a table is as broken as one in an entry.
  (list, options, context) => {
    // Only the links with problems are kept until the convention is known: a list's 20,000 analyses of
    // canonical links would outlive young garbage collections and fill the old generation.
    const flawed: { link: Link; analysis: ArxivUrlAnalysis }[] = [];
    let analysed = 0;
    let onHttp = 0;
    for (const link of linksOf(list)) {
      const analysis = analyzeArxivUrl(link.url, context.today, options);
      if (!analysis) continue;
      analysed++;
      if (analysis.problems.some((problem) => problem.code === 'http')) onHttp++;
      if (analysis.problems.length > 0) flawed.push({ link, analysis });
    }
    const httpConvention = onHttp >= MIN_HTTP_LINKS && onHttp >= HTTP_CONVENTION * analysed;
    return flawed.flatMap(({ link, analysis }) => findingFor(link, analysis, httpConvention) ?? []);
  },
);
