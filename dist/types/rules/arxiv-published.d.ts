/**
 * @rule arxiv-published
 * @summary An entry listed as a preprint whose arXiv record says it is published (with the venue in the list's style).
 * @fixable yes
 *
 * Needs the network (skipped with `--offline`), and sends no request of its own: it reads the arXiv records
 * the id lookups fetch anyway (and cache). Authors tell arXiv where their paper was published in its journal
 * reference (`arxiv:journal_ref`), in its comment ("Accepted at NeurIPS 2023", "ICLR 2024 camera-ready",
 * "Accepted to the Conference on Computer Vision and Pattern Recognition (CVPR) 2025") or with the DOI of the
 * published version (`arxiv:doi`). The comment is read only where it is clear: a submission, a review, a
 * workshop, a poster session, a conditional acceptance or a venue named without a cue says nothing.
 *
 * An entry whose venue says arXiv or preprint (`arxiv 2023/05`, `Arxiv 2024`, `(*arXiv 2023.10*)`) — or says
 * nothing, in a list that writes venues for some of its entries — gets an `info` naming the venue and where
 * arXiv says it: `arXiv lists this paper as published: NeurIPS 2023 (comment)`. Where the list writes its
 * venues in one clear style (at least five venue dates, one form for most of them: `NeurIPS 2023`,
 * `NeurIPS'23`, `SIGIR2023`), the fix rewrites the entry's arXiv date as the venue in that style, with the
 * list's own spelling of the venue (`Recsys` where the list writes so). A venue written in full (`Computers &
 * Security`), one without a year, a companion track (`Findings`) or a DOI alone get the `info` without a fix.
 *
 * A venue written in the entry that is not the one arXiv names (`ICLR` in the entry, `ICRA` in the record)
 * is an `info` too: `The entry says ICLR; arXiv lists this paper as published: ICRA 2024 (comment)`.
 * Spellings of one venue (`NIPS` and `NeurIPS`, `ACM MM` and `ACMMM`, `IEEE S&P` and `S&P`) agree. An entry
 * whose title is not the linked paper's is left to `arxiv-title-mismatch`; a link pinned to a version reads
 * that version, which is said nothing about.
 *
 * With `--venues dblp`, papers arXiv says nothing about are also looked up in DBLP by their exact arXiv
 * title (at most one request a second, cached like the arXiv answers) and taken only when DBLP lists a
 * published version with the same title and an author with the same surname: `… published: ICLR 2024 (dblp)`.
 *
 * The examples below run against a fake arXiv API whose record of 2402.00202 says "Accepted at ICLR 2024".
 *
 * @example ok
 * - Scaling O(n) Attention: Linear Transformers for Very Long Sequences, ICLR 2024, [[paper]](https://arxiv.org/abs/2402.00202)
 *
 * @example not-ok
 * - A Survey on Large Language Models for Recommendation, RecSys 2023, [[paper]](https://arxiv.org/abs/2305.19860)
 * - How Can Recommender Systems Benefit from Large Language Models: A Survey, TOIS 2024, [[paper]](https://arxiv.org/abs/2306.05817)
 * - Recommender Systems in the Era of Large Language Models, TKDE 2024, [[paper]](https://arxiv.org/abs/2307.02046)
 * - Large Language Models for Generative Recommendation: A Survey and Visionary Discussions, COLING 2024, [[paper]](https://arxiv.org/abs/2309.01157)
 * - A Survey on Large Language Models for Personalized and Explainable Recommendations, WWW 2024, [[paper]](https://arxiv.org/abs/2311.12338)
 * - Scaling O(n) Attention: Linear Transformers for Very Long Sequences, arxiv 2024, [[paper]](https://arxiv.org/abs/2402.00202)
 * @expect 6:72 info arXiv lists this paper as published: ICLR 2024 (comment)
 */
declare const _default: import("./network-rule.js").NetworkRule<Record<string, never>>;
export default _default;
