// A soft 404 through the CLI, against a web server on loopback: the deep link sent home is a dead link with its
// chain; the home page itself, and a permanent redirect to it, are not.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import { type FakeServer, startFakeServer } from '../helpers/fake-registry.js';

let web: FakeServer;
beforeAll(async () => {
  web = await startFakeServer((request) =>
    request.path === '/' ? { status: 200, body: 'home' } : { status: 302, headers: { location: '/' } },
  );
});
afterAll(() => web.close());

describe('cli: soft 404', () => {
  it('reports a deep link redirected to the home page as dead, and leaves the home page alone', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'README.md'),
      `# Tools\n\n- A Tool, [[site]](${web.origin}/projects/tool)\n- A Lab, [[site]](${web.origin}/)\n`,
    );
    const run = await cli(
      ['--format', 'json', '--no-cache', '--allow-private-hosts', '--timeout', '3000'],
      dir,
    );
    const report = JSON.parse(run.stdout);
    expect(
      report.findings.map((f: { line: number; rule: string; message: string }) => [
        f.line,
        f.rule,
        f.message,
      ]),
    ).toEqual([
      [
        3,
        'dead-link',
        `Dead link: soft 404: redirected to a generic page (${web.origin}/projects/tool → ${web.origin}/)`,
      ],
    ]);
    expect(report.summary.links).toMatchObject({ checked: 2, alive: 1, dead: 1 });
    expect(run.code).toBe(1);
  });
});
