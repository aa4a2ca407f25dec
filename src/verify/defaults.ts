import { VERSION } from '../version.js';
import type { VerifyOptions } from './types.js';

/** The honest User-Agent: who we are and where to complain. */
const USER_AGENT = `paperlint/${VERSION} (+https://github.com/paperlint/paperlint)`;

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
  dblpApi: 'https://dblp.org/search/publ/api',
  dblpInterval: 1000,
  githubApi: 'https://api.github.com',
  allowPrivateHosts: false,
  cachePath: undefined,
  userAgent: USER_AGENT,
};
