/**
 * A "soft 404": a link to a deep page that the site now redirects to its home page or a generic landing page
 * (the page was taken down, or the whole site was: Papers with Code's paper pages land on Hugging Face's
 * trending papers). The page answers 200, yet what the link named is gone. Pure: it reads the redirect chain.
 */
/**
 * Whether a chain of redirects from a deep page ends on a landing page: the site's root (or a locale's,
 * `index.html`) without a query of its own, a short generic path (`/papers/trending`, `/search`), or an error page.
 * Never for a link that is itself a root (a site whose only page is its home), and not for a one-segment link
 * sent to another host's root (a project page moved to its own domain, `/docs` to `docs.example.org`).
 */
export declare function isSoftNotFound(chain: readonly string[]): boolean;
