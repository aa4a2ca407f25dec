/**
 * @rule duplicate-entry
 * @summary The same paper listed twice (same arXiv id, DOI, paper URL or title).
 * @fixable no
 *
 * Two entries are the same paper when they share an arXiv id (whatever the URL form: `abs`, `pdf`,
 * `.pdf`, a pinned version, `arXiv:` in the text), a DOI (case-insensitive; `doi.org`, `dx.doi.org`,
 * `hdl.handle.net` or a publisher's `/doi/` URL), the normalised URL of a paper link (scheme, `www.`, trailing slash,
 * tracking parameters and fragment ignored), or the normalised title — and their titles do not
 * clearly differ. Links that several papers share (code repositories, project pages, a site's home
 * page, a page that three or more differently titled entries link, such as a conference programme)
 * are not compared, except the link on the entry's own title.
 *
 * When the titles under a shared arXiv id, DOI or paper URL clearly differ, one entry links the wrong
 * paper: that is `conflicting-link`, not a duplicate.
 *
 * The finding is on the later entry; `related` points at the first one, with the message seen from
 * there (`… as line 9`), which reads right where a pull request inserts a copy above the one it repeats.
 *
 * Severity: `error` when both copies are in the same section; a `warning` when one of them is written as
 * a name (`AlexNet`): a list of names may give one paper two entries, such as two videos about it.
 *
 * A paper filed under two sections is often deliberate. A list with cross-section copies of at least 3 %
 * of its entries (and two or more) files papers under several sections on purpose: each cross-section
 * copy is an `info`, as is one written as a name (a model, dataset or benchmark row linking the paper
 * listed elsewhere); other cross-section copies are `warning`s. Option `crossSection` (`"auto"` by
 * default; `"error"`, `"warning"`, `"info"` or `"off"`) sets the cross-section case instead, whatever
 * severity the rule is configured with.
 *
 * The same title under different links, dated with another year and no venue in common (`BMVC 2016` and
 * `IJCV 2018`), is a conference paper and its journal version: an `info`, since lists give each version an
 * entry on purpose. The same title with the same date (an ACL Anthology link and an arXiv link, both
 * `[2024-08]`) stays a duplicate.
 *
 * Two entries whose short names differ (`ISS: …` and `ISS++: …`) are different papers even when the rest
 * of their titles is the same, as are two table rows that name different methods (`ABS`, `ABS+`) citing
 * one paper: a benchmark lists each variant.
 *
 * @example ok
 * - LLaRA: Aligning Large Language Models with Sequential Recommenders, [[paper]](https://arxiv.org/abs/2312.02445)
 * - E4SRec: An Elegant Effective Efficient Extensible Solution of Large Language Models for Sequential Recommendation, [[paper]](https://arxiv.org/abs/2312.02443)
 *
 * @example ok
 * - ISS: Image as Stepping Stone for Text-Guided 3D Shape Generation, ICLR 2023, [[paper]](https://arxiv.org/abs/2209.04145)
 * - ISS++: Image as Stepping Stone for Text-Guided 3D Shape Generation, [[paper]](https://arxiv.org/abs/2303.15181)
 *
 * @example not-ok
 * - LARR: Large Language Model Aided Real-time Scene Recommendation, [[paper]](http://arxiv.org/abs/2408.11523)
 * - LARR: Large Language Model Aided Real-time Scene Recommendation, [[paper]](http://arxiv.org/pdf/2408.11523v2)
 * @expect 2:1 error Duplicate entry: same arXiv id 2408.11523 as line 1
 *
 * @example not-ok
 * ## Surveys
 * - Recommender Systems in the Era of Large Language Models, arxiv 2023/07, [[paper]](https://arxiv.org/pdf/2307.02046)
 * ## Fine-tuning
 * - Recommender Systems in the Era of Large Language Models (LLMs), [[paper]](https://arxiv.org/abs/2307.02046v3)
 * @expect 4:1 warning Duplicate entry: same arXiv id 2307.02046 as line 2 (in another section)
 *
 * @example not-ok
 * ## Graph models
 * - LightGCN: Simplifying and Powering Graph Convolution Network for Recommendation, [[paper]](https://arxiv.org/abs/2002.02126)
 * - Self-supervised Graph Learning for Recommendation, [[paper]](https://arxiv.org/abs/2010.10783)
 * ## Self-supervised learning
 * - Self-supervised Graph Learning for Recommendation, [[paper]](https://arxiv.org/abs/2010.10783)
 * ## Baselines
 * - LightGCN: Simplifying and Powering Graph Convolution Network for Recommendation, [[paper]](https://arxiv.org/abs/2002.02126)
 * @expect 5:1 info Duplicate entry: same arXiv id 2010.10783 as line 3 (in another section)
 * @expect 7:1 info Duplicate entry: same arXiv id 2002.02126 as line 2 (in another section)
 *
 * @example not-ok
 * - Learning to Track at 100 FPS with Deep Regression Networks, ECCV 2016, [[paper]](https://arxiv.org/abs/1604.01802)
 * - Learning to Track at 100 FPS with Deep Regression Networks, IJCV 2018, [[paper]](https://doi.org/10.1007/s11263-018-1101-7)
 * @expect 2:1 info Duplicate entry: same title as line 1
 *
 * @example ok {"crossSection": "off"}
 * ## Surveys
 * - Recommender Systems in the Era of Large Language Models, arxiv 2023/07, [[paper]](https://arxiv.org/pdf/2307.02046)
 * ## Fine-tuning
 * - Recommender Systems in the Era of Large Language Models (LLMs), [[paper]](https://arxiv.org/abs/2307.02046v3)
 */
import type { Severity } from '../types.js';
export interface DuplicateEntryOptions {
    /** Severity when the two copies are in different sections; `auto` infers it from the list. */
    crossSection: Severity | 'off' | 'auto';
}
declare const _default: import("./rule.js").Rule<DuplicateEntryOptions>;
export default _default;
