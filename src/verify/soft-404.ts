/**
 * A "soft 404": a link to a deep page that the site now redirects to its home page or a generic landing page
 * (the page was taken down, or the whole site was: Papers with Code's paper pages land on Hugging Face's
 * trending papers). The page answers 200, yet what the link named is gone. Pure: it reads the redirect chain.
 */

/** Path segments that name no page of their own: home pages, index files, the web's common locales. */
const GENERIC_SEGMENT =
  /^(?:index(?:\.\w+)?|default(?:\.\w+)?|home|(?:en|de|fr|es|it|ja|zh|ko|ru|pt|nl|sv|da|fi|nb|pl|cs|tr|ar|he|hi|th|vi|uk|el|hu|ro)(?:[-_][a-z]{2,4})?)$/i;
/** The last segment of a short landing path: the site's front, its feed, its search, its error page. */
const LANDING_SEGMENT =
  /^(?:home|index(?:\.\w+)?|welcome|trending|latest|popular|explore|discover|search|404(?:\.html?)?|not-?found|page-?not-?found|error)$/i;
/** A page that says it is an error page, at any depth. */
const ERROR_SEGMENT = /^(?:404(?:\.html?)?|not-?found|page-?not-?found)$/i;
const TRACKING_PARAMETER = /^(?:utm_\w+|ref|source|from)$/i;

function segmentsOf(url: URL): string[] {
  return url.pathname.split('/').filter((segment) => segment !== '');
}

/** The segments that name something: generic ones (`index.html`, `en`) left out. */
const meaningful = (segments: string[]) => segments.filter((segment) => !GENERIC_SEGMENT.test(segment));

const hasOwnQuery = (url: URL) => [...url.searchParams.keys()].some((name) => !TRACKING_PARAMETER.test(name));

const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^www\./, '');

/**
 * Whether a chain of redirects from a deep page ends on a landing page: the site's root (or a locale's,
 * `index.html`) without a query of its own, a short generic path (`/papers/trending`, `/search`), or an error page.
 * Never for a link that is itself a root (a site whose only page is its home), and not for a one-segment link
 * sent to another host's root (a project page moved to its own domain, `/docs` to `docs.example.org`).
 */
export function isSoftNotFound(chain: readonly string[]): boolean {
  if (chain.length < 2) return false;
  const from = URL.parse(chain[0]);
  const to = URL.parse(chain[chain.length - 1]);
  if (!from || !to) return false;
  const deep = meaningful(segmentsOf(from));
  if (deep.length === 0) return false;
  const landing = segmentsOf(to);
  if (landing.some((segment) => ERROR_SEGMENT.test(segment))) return true;
  if (hasOwnQuery(to)) return false;
  if (meaningful(landing).length === 0) {
    return deep.length > 1 || hostOf(from) === hostOf(to);
  }
  return (
    landing.length <= 2 && LANDING_SEGMENT.test(landing[landing.length - 1]) && deep.length >= landing.length
  );
}
