export interface GithubRepoOptions {
    /** Report repositories whose latest commit is older than this many years; 0 turns it off. */
    staleAfterYears: number;
}
declare const _default: import("./network-rule.js").NetworkRule<GithubRepoOptions>;
export default _default;
