import { VERSION } from '../version.js';
import type { VerifyOptions } from './types.js';

/** The honest User-Agent: who we are and where to complain. */
const USER_AGENT = `paperlint/${VERSION} (+https://github.com/paperlint/paperlint)`;

/** DBLP's publication search (`--venues dblp`). */
export const DEFAULT_DBLP_API = 'https://dblp.org/search/publ/api';
/** At most one DBLP request a second, as DBLP asks of scripts. */
export const DEFAULT_DBLP_INTERVAL = 1000;

/** The contract's defaults; the CLI flags and the library's `verify` option override them. */
export const DEFAULT_VERIFY_OPTIONS: VerifyOptions = {
  concurrency: 32,
  hostConcurrency: 4,
  hostInterval: 20,
  timeout: 15_000,
  arxivApi: 'https://export.arxiv.org/api/query',
  arxivInterval: 3000,
  maxSearches: 50,
  doiApi: 'https://doi.org/api/handles',
  dblpApi: DEFAULT_DBLP_API,
  dblpInterval: DEFAULT_DBLP_INTERVAL,
  githubApi: 'https://api.github.com',
  allowPrivateHosts: false,
  cachePath: undefined,
  userAgent: USER_AGENT,
};
