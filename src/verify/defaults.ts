import { VERSION } from '../version.js';
import { userAgentOf } from './index.js';
import type { VerifyOptions } from './types.js';

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
  githubApi: 'https://api.github.com',
  allowPrivateHosts: false,
  cachePath: undefined,
  userAgent: userAgentOf(VERSION),
};
