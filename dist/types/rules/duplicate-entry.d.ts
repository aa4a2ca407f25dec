/**
 * @rule duplicate-entry
 * @summary The same paper listed twice (same arXiv id, DOI, paper URL or title).
 * @fixable no
 *
 * Two entries are the same paper when they share an arXiv id (whatever the URL form: `abs`, `pdf`,
 * `.pdf`, a pinned version, `arXiv:` in the text), a DOI (case-insensitive; `doi.org`, `dx.doi.org` or
 * a publisher's `/doi/` URL), the normalised URL of a paper link (scheme, `www.`, trailing slash,
 * tracking parameters and fragment ignored), or the normalised title — and their titles do not
 * clearly differ. Links that several papers share (code repositories, project pages, a site's home
 * page, a page that three or more differently titled entries link, such as a conference programme)
 * are not compared, except the link on the entry's own title.
 *
 * When the titles under a shared arXiv id, DOI or paper URL clearly differ, one entry links the wrong
 * paper: that is `conflicting-link`, not a duplicate.
 *
 * The finding is on the later entry; `related` points at the first one. Severity: `error` when both
 * are in the same section; a paper listed under two sections is often deliberate, so option
 * `crossSection` (`"warning"` by default, `"error"`, `"info"` or `"off"`) sets that case apart.
 *
 * @example ok
 * - LLaRA: Aligning Large Language Models with Sequential Recommenders, [[paper]](https://arxiv.org/abs/2312.02445)
 * - E4SRec: An Elegant Effective Efficient Extensible Solution of Large Language Models for Sequential Recommendation, [[paper]](https://arxiv.org/abs/2312.02443)
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
 * @example ok {"crossSection": "off"}
 * ## Surveys
 * - Recommender Systems in the Era of Large Language Models, arxiv 2023/07, [[paper]](https://arxiv.org/pdf/2307.02046)
 * ## Fine-tuning
 * - Recommender Systems in the Era of Large Language Models (LLMs), [[paper]](https://arxiv.org/abs/2307.02046v3)
 */
import type { Severity } from '../types.js';
export interface DuplicateEntryOptions {
    /** Severity when the two copies are in different sections. */
    crossSection: Severity | 'off';
}
declare const _default: import("./rule.js").Rule<DuplicateEntryOptions>;
export default _default;
