import type { Report } from '../types.js';
export declare const SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/** One SARIF 2.1.0 log with a single run; only the rules that occur are described. */
export declare function formatSarif(report: Report, options: {
    cwd: string;
}): string;
