import type { VerifyOptions } from './types.js';
/** The contract's defaults; the CLI flags and the library's `verify` option override them. */
export declare const DEFAULT_VERIFY_OPTIONS: VerifyOptions;
