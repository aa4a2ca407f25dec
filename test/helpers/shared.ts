import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stripBom } from '../../src/parse/index.js';

/** `../shared` beside the repository: real lists and recorded defects. Absent in a user's clone. */
export const SHARED = path.resolve(import.meta.dirname, '../../../shared');
export const CORPUS = path.join(SHARED, 'corpus');
export const hasCorpus = existsSync(path.join(CORPUS, 'lists'));

/** One defect a list's maintainers fixed (`corpus/fixes.jsonl`; see `corpus/README.md`). */
export interface FixRecord {
  id: string;
  kind: string;
  subkind: string;
  /** 1-based line of the defect in `before_file`. */
  line_parent: number;
  /** For duplicates: the copy that was kept. */
  survivor_line_parent?: number;
  before: string;
  /** `null` when a duplicate was deleted. */
  after: string | null;
  before_file: string;
  evidence: string;
}

/** The recorded defects that `keep` selects; none when `../shared` is absent. */
export function fixRecords(keep: (record: FixRecord) => boolean): FixRecord[] {
  const file = path.join(CORPUS, 'fixes.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as FixRecord)
    .filter(keep);
}

/** The list as it was before the maintainer's fix (byte-order mark removed). */
export function beforeText(record: FixRecord): string {
  return stripBom(readFileSync(path.join(CORPUS, record.before_file), 'utf8'));
}
