import type { Finding } from '../../src/types.js';

/** A finding as lint() reports it, for tests of the Action's pure modules. */
export function finding(fields: Partial<Finding> & Pick<Finding, 'line'>): Finding {
  return {
    file: 'README.md',
    column: 3,
    endLine: fields.line,
    endColumn: 40,
    rule: 'arxiv-url',
    severity: 'error',
    message: `Malformed arXiv link on line ${fields.line}`,
    ...fields,
  };
}
