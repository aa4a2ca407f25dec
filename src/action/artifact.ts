/**
 * The fork pattern's artifact: what a `mode: report` run on `pull_request` saves (the report and the
 * suggested changes it computed from the pull request's text) and a `mode: publish` run on `workflow_run`
 * posts. A fork controls the first run entirely, so to the second the artifact is untrusted input: it is
 * bounded in size, checked against a strict schema, and bound to the pull request through what the
 * publisher learns from GitHub itself (head commit, changed files, added lines), never through what the
 * artifact claims. Pure: the downloads and uploads live in main.ts and github.ts.
 */

import { Ajv } from 'ajv';
import { RULE_IDS } from '../config/rule-ids.js';
import type { Finding, Report } from '../types.js';
import { annotationsOnAddedLines } from './annotations.js';
import { type AddedLines, touchesAddedLines } from './patch.js';
import type { SuggestedChange } from './suggestions.js';

/** The artifact's name on the workflow run, and the one file in it. */
export const ARTIFACT_NAME = 'paperlint-report';
export const ARTIFACT_FILE = 'paperlint-report.json';
/** Larger artifacts are refused unread; a report run trims the findings elsewhere in the list to fit. */
export const MAX_ARTIFACT_BYTES = 4 * 1024 * 1024;
/** The publish run follows within minutes; a week leaves room to re-run it. */
export const ARTIFACT_RETENTION_DAYS = 7;

/** An artifact the publisher will not post: the message says what is wrong with it. */
export class RefusedArtifact extends Error {
  override name = 'RefusedArtifact';
}

/** A suggested change as saved: its findings are indexes into the saved report's findings. */
interface SavedChange {
  file: string;
  startLine: number;
  endLine: number;
  original: string;
  corrected: string;
  findings: number[];
}

export interface ArtifactDocument {
  /** The format of this document. */
  paperlintArtifact: 1;
  pullRequest: number;
  headSha: string;
  /** Findings without fix offsets (the suggested changes carry the corrected lines). */
  report: Report;
  /** Findings elsewhere in the list left out to stay under MAX_ARTIFACT_BYTES. */
  leftOut: number;
  suggestions: SavedChange[];
}

/** What a publisher may post, once the artifact has passed every check. */
export interface PublishedReport {
  report: Report;
  leftOut: number;
  changes: SuggestedChange[];
}

function savedFinding(finding: Finding): Finding {
  const { fix: _offsets, ...saved } = finding;
  return saved;
}

function documentText(document: ArtifactDocument): string {
  return `${JSON.stringify(document)}\n`;
}

/**
 * The artifact of a pull request's report run. When the whole report does not fit, the findings that touch no
 * added line are left out (the report run's own job summary lists them); the rest always fit or the run fails.
 */
export function artifactText(options: {
  report: Report;
  pullRequest: number;
  headSha: string;
  added: AddedLines;
  changes: readonly SuggestedChange[];
}): string {
  const { report, added, changes } = options;
  const build = (findings: readonly Finding[]): string => {
    const index = new Map(findings.map((finding, i) => [finding, i]));
    return documentText({
      paperlintArtifact: 1,
      pullRequest: options.pullRequest,
      headSha: options.headSha,
      report: { ...report, findings: findings.map(savedFinding) },
      leftOut: report.findings.length - findings.length,
      suggestions: changes.map((change) => ({
        file: change.file,
        startLine: change.startLine,
        endLine: change.endLine,
        original: change.original,
        corrected: change.corrected,
        findings: change.findings.map((finding) => index.get(finding) ?? -1),
      })),
    });
  };
  const whole = build(report.findings);
  if (Buffer.byteLength(whole) <= MAX_ARTIFACT_BYTES) return whole;
  const kept = new Set([
    ...annotationsOnAddedLines(report.findings, added).map((annotation) => annotation.finding),
    ...changes.flatMap((change) => change.findings),
  ]);
  const trimmed = build(report.findings.filter((finding) => kept.has(finding)));
  if (Buffer.byteLength(trimmed) > MAX_ARTIFACT_BYTES)
    throw new Error(
      `the findings on this pull request's added lines take more than ${MAX_ARTIFACT_BYTES} bytes: too many to publish`,
    );
  return trimmed;
}

const positive = { type: 'integer', minimum: 1, maximum: 100_000_000 } as const;
const count = { type: 'integer', minimum: 0, maximum: 100_000_000 } as const;
const filePath = { type: 'string', minLength: 1, maxLength: 1024 } as const;
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;

const relatedSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['line'],
  properties: { file: filePath, line: positive, column: positive, message: text(10_000) },
} as const;

const findingSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message'],
  properties: {
    file: filePath,
    line: positive,
    column: positive,
    endLine: positive,
    endColumn: positive,
    rule: { enum: [...RULE_IDS] },
    severity: { enum: ['error', 'warning', 'info'] },
    message: text(10_000),
    url: text(8192),
    related: { type: 'array', maxItems: 100, items: relatedSchema },
    networkUnavailable: { type: 'boolean' },
  },
} as const;

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['paperlintArtifact', 'pullRequest', 'headSha', 'report', 'leftOut', 'suggestions'],
  properties: {
    paperlintArtifact: { const: 1 },
    pullRequest: positive,
    headSha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
    leftOut: count,
    report: {
      type: 'object',
      additionalProperties: false,
      required: ['version', 'findings', 'summary'],
      properties: {
        version: { type: 'string', pattern: '^[0-9A-Za-z.+-]{1,64}$' },
        findings: { type: 'array', maxItems: 100_000, items: findingSchema },
        summary: {
          type: 'object',
          additionalProperties: false,
          required: ['files', 'entries', 'errors', 'warnings', 'infos', 'links'],
          properties: {
            files: count,
            entries: count,
            errors: count,
            warnings: count,
            infos: count,
            links: {
              type: 'object',
              additionalProperties: false,
              required: ['checked', 'alive', 'dead', 'unverified', 'excluded'],
              properties: { checked: count, alive: count, dead: count, unverified: count, excluded: count },
            },
          },
        },
      },
    },
    suggestions: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['file', 'startLine', 'endLine', 'original', 'corrected', 'findings'],
        properties: {
          file: filePath,
          startLine: positive,
          endLine: positive,
          original: text(100_000),
          corrected: text(100_000),
          findings: { type: 'array', minItems: 1, maxItems: 100, items: count },
        },
      },
    },
  },
} as const;

let compiled: ReturnType<Ajv['compile']> | undefined;

/**
 * A path as the repository names its files: relative, forward slashes, no `.`/`..` segment, no control
 * characters. Anything else could point outside the repository.
 */
function isRepositoryPath(file: string): boolean {
  return (
    !/[\\\u0000-\u001f\u007f]/.test(file) &&
    file.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
  );
}

/** Parses and checks an artifact's bytes on their own (size, JSON, schema, paths, indexes). */
export function parseArtifact(bytes: Buffer): ArtifactDocument {
  if (bytes.length > MAX_ARTIFACT_BYTES)
    throw new RefusedArtifact(`it is ${bytes.length} bytes, more than ${MAX_ARTIFACT_BYTES}`);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new RefusedArtifact('it is not JSON');
  }
  compiled ??= new Ajv({ allErrors: false, strict: true }).compile(schema);
  if (!compiled(value)) {
    const [error] = compiled.errors ?? [];
    throw new RefusedArtifact(`${error?.instancePath || 'the document'} ${error?.message ?? 'is invalid'}`);
  }
  const document = value as ArtifactDocument;
  const { findings } = document.report;
  for (const [i, finding] of findings.entries()) {
    for (const file of [finding.file, ...(finding.related ?? []).flatMap((r) => r.file ?? [])]) {
      if (!isRepositoryPath(file))
        throw new RefusedArtifact(`finding ${i} names '${file}', a path outside the repository`);
    }
    if (finding.endLine < finding.line) throw new RefusedArtifact(`finding ${i} ends before it starts`);
  }
  for (const [i, change] of document.suggestions.entries()) {
    if (!isRepositoryPath(change.file))
      throw new RefusedArtifact(`suggestion ${i} names '${change.file}', a path outside the repository`);
    if (change.endLine < change.startLine) throw new RefusedArtifact(`suggestion ${i} ends before it starts`);
    if (change.original.split('\n').length !== change.endLine - change.startLine + 1)
      throw new RefusedArtifact(`suggestion ${i} does not hold the lines it replaces`);
    if (change.findings.some((index) => index >= findings.length))
      throw new RefusedArtifact(`suggestion ${i} names a finding the report does not have`);
  }
  return document;
}

/**
 * The parsed artifact bound to the pull request as GitHub describes it: its head commit must be the one the
 * report run ran on, and every suggested change must replace lines the pull request adds. Throws
 * `RefusedArtifact` otherwise; a refused artifact posts nothing.
 */
export function bindArtifact(
  document: ArtifactDocument,
  headSha: string,
  added: AddedLines,
): PublishedReport {
  if (document.headSha !== headSha)
    throw new RefusedArtifact(`it is for commit ${document.headSha}, not the run's ${headSha}`);
  const { findings } = document.report;
  const changes = document.suggestions.map((change, i): SuggestedChange => {
    for (let line = change.startLine; line <= change.endLine; line++) {
      if (!touchesAddedLines(added, change.file, line) || added.get(change.file) === 'all')
        throw new RefusedArtifact(
          `suggestion ${i} changes ${change.file}:${line}, a line the pull request does not add`,
        );
    }
    return { ...change, findings: change.findings.map((index) => findings[index]) };
  });
  return {
    report: document.report,
    leftOut: document.leftOut,
    changes,
  };
}
