import { existsSync } from 'node:fs';
import path from 'node:path';

/** `../shared` beside the repository: real lists and recorded defects. Absent in a user's clone. */
export const SHARED = path.resolve(import.meta.dirname, '../../../shared');
export const CORPUS = path.join(SHARED, 'corpus');
export const hasCorpus = existsSync(path.join(CORPUS, 'lists'));
