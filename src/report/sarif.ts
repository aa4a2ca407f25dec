import { pathToFileURL } from 'node:url';
import { ruleDocsUrl } from '../config/rule-ids.js';
import type { Finding, RelatedLocation, Report, RuleId, Severity } from '../types.js';
import { hasLinkCounts } from './counts.js';
import { displayPath } from './paths.js';
import ruleHelp from './rule-help.json' with { type: 'json' };

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const PROJECT_URL = 'https://github.com/paperlint/paperlint';
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A relative URI reference for a path: forward slashes, each segment percent-encoded. */
function artifactUri(file: string, cwd: string): string {
  return displayPath(file, cwd).split('/').map(encodeURIComponent).join('/');
}

function artifactLocation(file: string, cwd: string) {
  return { uri: artifactUri(file, cwd), uriBaseId: SRCROOT };
}

function relatedLocation(related: RelatedLocation, index: number, finding: Finding, cwd: string) {
  return {
    id: index + 1,
    physicalLocation: {
      artifactLocation: artifactLocation(related.file ?? finding.file, cwd),
      region: {
        startLine: related.line,
        ...(related.column !== undefined && { startColumn: related.column }),
      },
    },
    message: { text: related.message ?? 'Related entry' },
  };
}

function result(finding: Finding, ruleIndex: number, cwd: string) {
  const location = artifactLocation(finding.file, cwd);
  const { fix } = finding;
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
      },
    ],
    ...(fix && {
      fixes: [
        {
          // An empty span is an insertion point (SARIF 3.30.2), such as a proposed link after a title.
          description: { text: `${fix.start === fix.end ? 'Insert' : 'Replace with'} ${fix.replacement}` },
          artifactChanges: [
            {
              artifactLocation: location,
              // The fix offsets are exact, unlike the finding's region, which may span a whole link or entry.
              replacements: [
                {
                  deletedRegion: { charOffset: fix.start, charLength: fix.end - fix.start },
                  insertedContent: { text: fix.replacement },
                },
              ],
            },
          ],
        },
      ],
    }),
    ...(finding.related &&
      finding.related.length > 0 && {
        relatedLocations: finding.related.map((related, i) => relatedLocation(related, i, finding, cwd)),
      }),
    ...(finding.url !== undefined && { properties: { url: finding.url } }),
  };
}

/**
 * A rule as code scanning shows it: its one-line summary, the first paragraph of its documentation, and its page
 * (descriptions generated from the rule files by `npm run docs`).
 */
function reportingDescriptor(id: RuleId) {
  const help = (ruleHelp as Record<RuleId, { summary: string; description: string }>)[id];
  const helpUri = ruleDocsUrl(id);
  return {
    id,
    shortDescription: { text: help.summary },
    fullDescription: { text: help.description },
    helpUri,
    help: {
      text: `${help.summary} ${helpUri}`,
      markdown: `${help.description}\n\n[Documentation](${helpUri})`,
    },
  };
}

/** One SARIF 2.1.0 log with a single run; only the rules that occur are described. */
export function formatSarif(report: Report, options: { cwd: string }): string {
  const { links } = report.summary;
  const ruleIds: RuleId[] = [...new Set(report.findings.map((f) => f.rule))].sort();
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'paperlint',
            version: report.version,
            informationUri: PROJECT_URL,
            rules: ruleIds.map(reportingDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => result(f, ruleIds.indexOf(f.rule), options.cwd)),
        // The link counts of a run that verified or excluded links, in the run's property bag.
        ...(hasLinkCounts(links) && { properties: { links } }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
