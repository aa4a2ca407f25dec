// Every real list in ../shared/corpus lints without an input error (skipped when ../shared is absent).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { CORPUS, hasCorpus } from '../helpers/shared.js';

const lists = hasCorpus ? readdirSync(path.join(CORPUS, 'lists')).filter((name) => name.endsWith('.md')) : [];

describe.skipIf(!hasCorpus)('corpus lists', () => {
  it.each(lists)('%s lints (exit 0 or 1)', async (name) => {
    const run = await cli(['--offline', '--format', 'json', name], path.join(CORPUS, 'lists'));
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const { summary } = JSON.parse(run.stdout);
    console.log(
      `${name}: ${summary.entries} entries, ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos`,
    );
  });
});
