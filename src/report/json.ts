import { ruleDocsUrl } from '../config/rule-ids.js';
import type { Finding, Report } from '../types.js';

/**
 * A finding in the contract's key order, with the page of its rule (`ruleUrl`); `fix` keeps only the replacement
 * (offsets are internal).
 */
function contractFinding(f: Finding): Record<string, unknown> {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...(f.url !== undefined && { url: f.url }),
    ...(f.fix !== undefined && { fix: { replacement: f.fix.replacement } }),
    // Rules leave out the file of a location in the finding's own file; the contract always names it.
    ...(f.related !== undefined && {
      related: f.related.map((r) => ({
        file: r.file ?? f.file,
        line: r.line,
        ...(r.column !== undefined && { column: r.column }),
        ...(r.message !== undefined && { message: r.message }),
      })),
    }),
    ruleUrl: ruleDocsUrl(f.rule),
  };
}

/** Exactly one JSON document in the contract's shape (see CONTRACT.md, "Findings"). */
export function formatJson(report: Report): string {
  const { files, entries, errors, warnings, infos, links } = report.summary;
  const document = {
    version: report.version,
    findings: report.findings.map(contractFinding),
    summary: {
      files,
      entries,
      errors,
      warnings,
      infos,
      links: {
        checked: links.checked,
        alive: links.alive,
        dead: links.dead,
        unverified: links.unverified,
        excluded: links.excluded,
      },
    },
    // --fix-dry-run: each list its fixes change, with the fixed text (ESLint's `output`).
    ...(report.fixed && { fixed: report.fixed }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
