// One display path: every format names a file the way lint() does, inside the working folder or outside it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { formatReport, REPORT_FORMATS, type ReportFormat } from '../../src/report/index.js';
import { displayPath } from '../../src/report/paths.js';
import type { Report } from '../../src/types.js';
import { ON_TODAY } from '../helpers/list.js';

/** The file name each format shows for the report's first finding. */
function shownPath(text: string, format: ReportFormat): string | undefined {
  switch (format) {
    case 'json':
      return JSON.parse(text).findings[0].file;
    case 'sarif': {
      const [result] = JSON.parse(text).runs[0].results;
      return decodeURIComponent(result.locations[0].physicalLocation.artifactLocation.uri);
    }
    case 'stylish':
      return text.split('\n')[1];
    case 'github':
      return /file=([^,]*)/.exec(text)?.[1];
    case 'markdown':
      return /\| ([^ |]*):\d+:\d+ \|/.exec(text)?.[1];
  }
}

describe('display paths', () => {
  let root: string;
  let work: string;
  let report: Report;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'paperlint-paths-'));
    work = path.join(root, 'work');
    await mkdir(work);
    await mkdir(path.join(root, 'lists'));
    const list = '- A Paper on Paths, [[paper]](https://arxiv.org/abd/2304.03516)\n';
    await writeFile(path.join(root, 'lists', 'papers.md'), list);
    report = await lint([path.join(root, 'lists', 'papers.md')], { cwd: work, ...ON_TODAY });
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('a file outside the working folder shows as the same relative path in all five formats', () => {
    const shown = REPORT_FORMATS.map((format) => [
      format,
      shownPath(formatReport(report, format, { color: false, cwd: work }), format),
    ]);
    expect(shown).toEqual(REPORT_FORMATS.map((format) => [format, '../lists/papers.md']));
  });

  it('is relative with forward slashes, and the same again when given a path it made', () => {
    expect(displayPath('/work/list/docs/a.md', '/work/list')).toBe('docs/a.md');
    expect(displayPath('/work/other/a.md', '/work/list')).toBe('../other/a.md');
    expect(displayPath('../other/a.md', '/work/list')).toBe('../other/a.md');
    expect(displayPath('docs/a.md', '/work/list')).toBe('docs/a.md');
  });
});
