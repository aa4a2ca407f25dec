import { SEVERITY_ORDER } from '../lint.js';
import { annotationTitle } from '../report/github.js';
import type { Finding, Severity } from '../types.js';
import { type AddedLines, touchesAddedLines } from './patch.js';

/** A finding placed on an added line of a pull request, ready for a check run or a workflow command. */
export interface Annotation {
  file: string;
  line: number;
  endLine: number;
  column?: number;
  endColumn?: number;
  severity: Severity;
  title: string;
  message: string;
  /** The finding it comes from (the summary lists these first). */
  finding: Finding;
}

/** A finding annotated where it is. */
function annotationOf(finding: Finding): Annotation {
  return {
    file: finding.file,
    line: finding.line,
    endLine: finding.endLine,
    column: finding.column,
    endColumn: finding.endColumn,
    severity: finding.severity,
    title: annotationTitle(finding.rule),
    message: finding.message,
    finding,
  };
}

/** Errors first, then by place. */
function inAnnotationOrder(annotations: Annotation[]): Annotation[] {
  return annotations.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Every finding as an annotation, errors first: push, scheduled and manual runs annotate the whole list. */
export function annotationsOf(findings: readonly Finding[]): Annotation[] {
  return inAnnotationOrder(findings.map(annotationOf));
}

/**
 * The findings a pull request introduces, as annotations on its added lines, errors first. A finding
 * on an unchanged line whose `related` location was added (a duplicate inserted above the entry it
 * repeats) is moved to the added line, with the related location's own message, which names the
 * existing entry.
 */
export function annotationsOnAddedLines(findings: readonly Finding[], added: AddedLines): Annotation[] {
  const annotations: Annotation[] = [];
  for (const finding of findings) {
    if (touchesAddedLines(added, finding.file, finding.line, finding.endLine)) {
      annotations.push(annotationOf(finding));
      continue;
    }
    const other = finding.related?.find((r) => touchesAddedLines(added, r.file ?? finding.file, r.line));
    if (other === undefined) continue;
    annotations.push({
      file: other.file ?? finding.file,
      line: other.line,
      endLine: other.line,
      ...(other.column !== undefined && { column: other.column }),
      severity: finding.severity,
      title: annotationTitle(finding.rule),
      message: other.message ?? `Related to line ${finding.line}: ${finding.message}`,
      finding,
    });
  }
  return inAnnotationOrder(annotations);
}

/** GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and 50 per job. */
const WORKFLOW_COMMAND_CAPS = {
  perSeverity: { error: 10, warning: 10, info: 10 },
  total: 50,
} as const;

/**
 * The annotations that workflow commands can show, errors first, within the per-step caps; GitHub
 * silently drops the others, so the caller reports `hidden` instead.
 */
export function selectWithinCaps(
  annotations: readonly Annotation[],
  caps: { perSeverity: Record<Severity, number>; total: number } = WORKFLOW_COMMAND_CAPS,
): { shown: Annotation[]; hidden: number } {
  const used: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const shown: Annotation[] = [];
  const ordered = [...annotations].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  for (const annotation of ordered) {
    if (shown.length >= caps.total || used[annotation.severity] >= caps.perSeverity[annotation.severity])
      continue;
    used[annotation.severity] += 1;
    shown.push(annotation);
  }
  return { shown, hidden: annotations.length - shown.length };
}

/** The Checks API's annotation object. */
export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

const CHECK_LEVEL: Record<Severity, CheckRunAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  info: 'notice',
};

/** The Checks API takes at most 50 annotations per request. */
export const CHECK_RUN_BATCH = 50;

// The Checks API rejects titles over 255 characters and messages over 64 KiB.
const MAX_TITLE = 255;
const MAX_MESSAGE = 60_000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function toCheckRunAnnotation(annotation: Annotation): CheckRunAnnotation {
  const singleLine = annotation.line === annotation.endLine;
  return {
    path: annotation.file,
    start_line: annotation.line,
    end_line: annotation.endLine,
    // The Checks API accepts columns only on single-line annotations.
    ...(singleLine && annotation.column !== undefined && { start_column: annotation.column }),
    ...(singleLine && annotation.endColumn !== undefined && { end_column: annotation.endColumn }),
    annotation_level: CHECK_LEVEL[annotation.severity],
    title: clip(annotation.title, MAX_TITLE),
    message: clip(annotation.message, MAX_MESSAGE),
  };
}

/** Splits items into consecutive batches of at most `size`; always at least one (maybe empty) batch. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result.length > 0 ? result : [[]];
}
