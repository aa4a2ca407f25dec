import { type GithubRepo } from './github.js';
/** Where a web link is verified: registries answer for arXiv, DOIs and GitHub; everything else is fetched. */
export type Route = {
    kind: 'arxiv';
} | {
    kind: 'doi';
    doi: string;
} | {
    kind: 'github';
    repo: GithubRepo;
}
/** `key`: the URL without its fragment, which the server never sees. */
 | {
    kind: 'http';
    key: string;
} | {
    kind: 'skip';
};
export declare function routeLink(link: string): Route;
/** The URL a server sees: the fragment never leaves the client, so `#a` and `#b` are one check. */
export declare function withoutFragment(url: string): string;
