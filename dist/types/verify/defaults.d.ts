import type { VerifyOptions } from './types.js';
/** DBLP's publication search (`--venues dblp`). */
export declare const DEFAULT_DBLP_API = "https://dblp.org/search/publ/api";
/** At most one DBLP request a second, as DBLP asks of scripts. */
export declare const DEFAULT_DBLP_INTERVAL = 1000;
/** The contract's defaults; the CLI flags and the library's `verify` option override them. */
export declare const DEFAULT_VERIFY_OPTIONS: VerifyOptions;
