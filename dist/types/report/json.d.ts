import type { Report } from '../types.js';
/** Exactly one JSON document in the contract's shape (see CONTRACT.md, "Findings"). */
export declare function formatJson(report: Report): string;
