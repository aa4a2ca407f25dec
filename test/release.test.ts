/**
 * Releases, tested offline: the plan scripts/release.js makes from package.json, CHANGELOG.md and the tags;
 * the shape of .github/workflows/release.yml; and its tag step run for real against a local bare repository
 * standing in for GitHub, so that `uses: …@v1` is known to follow each release.
 */

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { releasePlan } from '../scripts/release.js';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

const CHANGELOG = `# Changelog

## [Unreleased]

### Fixed

- Something not yet released.

## [1.1.0-rc.1] - 2026-02-01

### Added

- A trial.

## [1.0.0] - 2026-01-15

### Added

- The first release.

[Unreleased]: https://github.com/paperlint/paperlint/compare/v1.0.0...HEAD
[1.0.0]: https://github.com/paperlint/paperlint/releases/tag/v1.0.0
`;

describe('releasePlan', () => {
  it('tags vX.Y.Z, moves the major tag, and takes the notes of the version’s own section', () => {
    expect(releasePlan('1.0.0', CHANGELOG, ['v0.9.0', 'v0'])).toEqual({
      version: '1.0.0',
      tag: 'v1.0.0',
      majorTag: 'v1',
      prerelease: false,
      notes: '### Added\n\n- The first release.\n',
    });
  });

  it('leaves the major tag alone for a prerelease', () => {
    expect(releasePlan('1.1.0-rc.1', CHANGELOG, ['v1.0.0', 'v1'])).toMatchObject({
      tag: 'v1.1.0-rc.1',
      majorTag: undefined,
      prerelease: true,
      notes: '### Added\n\n- A trial.\n',
    });
  });

  it('refuses a version that is no semantic version, already tagged, or not in the changelog', () => {
    expect(() => releasePlan('1.0', CHANGELOG, [])).toThrow(
      "package.json's version '1.0' is not a semantic version",
    );
    expect(() => releasePlan('1.0.0', CHANGELOG, ['v1.0.0'])).toThrow('v1.0.0 is already tagged');
    expect(() => releasePlan('1.2.0', CHANGELOG, [])).toThrow(
      "CHANGELOG.md has no '## [1.2.0] - YYYY-MM-DD' section: move the notes under [Unreleased] into one",
    );
    expect(() =>
      releasePlan('2.0.0', '# Changelog\n\n## [2.0.0] - 2026-03-01\n\n## [1.0.0] - 2026-01-15\n', []),
    ).toThrow("CHANGELOG.md's section for 2.0.0 is empty");
  });
});

describe('CHANGELOG.md', () => {
  it('keeps a changelog: an Unreleased section first, then dated semantic versions, newest first', () => {
    const changelog = read('CHANGELOG.md');
    expect(changelog.startsWith('# Changelog\n')).toBe(true);
    const headings = [...changelog.matchAll(/^## (.*)$/gm)].map((match) => match[1]);
    expect(headings[0]).toBe('[Unreleased]');
    const versions = headings.slice(1).map((heading) => {
      const match = /^\[(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?\] - \d{4}-\d{2}-\d{2}$/.exec(heading);
      expect(match, heading).not.toBeNull();
      return match!.slice(1, 4).map(Number);
    });
    for (let i = 1; i < versions.length; i++) {
      const [a, b] = [versions[i - 1], versions[i]];
      expect(a[0] - b[0] || a[1] - b[1] || a[2] - b[2], 'newest first').toBeGreaterThan(0);
    }
    for (const kind of changelog.matchAll(/^### (.*)$/gm)) {
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(kind[1]);
    }
    // Every heading's version links somewhere (Keep a Changelog's reference links).
    for (const heading of headings) {
      const name = /^\[([^\]]+)\]/.exec(heading)![1];
      expect(changelog).toMatch(
        new RegExp(`^\\[${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]: https://`, 'm'),
      );
    }
  });
});

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

describe('.github/workflows/release.yml', () => {
  const workflow = parse(read('.github/workflows/release.yml'));
  const job = workflow.jobs.release;
  const steps = job.steps as Step[];
  const index = (test: (step: Step) => boolean) => {
    const found = steps.findIndex(test);
    expect(found).toBeGreaterThanOrEqual(0);
    return found;
  };

  it('runs by hand on main only, after the whole CI and the dist/ check', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.ci).toMatchObject({ uses: './.github/workflows/ci.yml' });
    expect(workflow.jobs['check-dist']).toMatchObject({ uses: './.github/workflows/check-dist.yml' });
    for (const name of ['ci', 'check-dist'])
      expect(workflow.jobs[name].if).toBe("github.ref == 'refs/heads/main'");
    expect(job.needs).toEqual(['ci', 'check-dist']);
    for (const file of ['ci.yml', 'check-dist.yml']) {
      expect(Object.keys(parse(read(`.github/workflows/${file}`)).on)).toContain('workflow_call');
    }
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  });

  it('plans, tags and moves the major tag, then publishes to npm with provenance, then releases', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with).toEqual({ 'fetch-depth': 0 });
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with).toMatchObject({
      'registry-url': 'https://registry.npmjs.org',
    });
    const plan = index((s) => s.run?.startsWith('node scripts/release.js') === true);
    const dryRun = index((s) => s.run?.startsWith('npm publish --dry-run') === true);
    const tag = index((s) => s.run?.includes('git push --force origin "refs/tags/$MAJOR_TAG"') === true);
    const publish = index((s) => /^npm publish --provenance /.test(s.run ?? ''));
    const release = index((s) => s.run?.includes('gh release create "$TAG" --verify-tag') === true);
    expect([plan, dryRun, tag, publish, release]).toEqual(
      [...[plan, dryRun, tag, publish, release]].sort((a, b) => a - b),
    );
    expect(steps[publish].env?.NODE_AUTH_TOKEN).toBe(`$\{{ secrets.NPM_TOKEN }}`);
    // Values reach the scripts through the environment, never spliced into the script text.
    for (const step of steps) expect(step.run ?? '').not.toContain(`$\{{`);
  });

  it("its tag step tags vX.Y.Z and moves v1 on a repository's remote, release after release", () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'paperlint-release-'));
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
      }).trim();
    const origin = path.join(folder, 'origin.git');
    const clone = path.join(folder, 'clone');
    git(folder, 'init', '--quiet', '--bare', origin);
    git(folder, 'clone', '--quiet', origin, clone);
    const tagStep = steps[index((s) => s.name === 'Tag vX.Y.Z and move the major tag')];
    const release = (version: string) => {
      writeFileSync(path.join(clone, 'VERSION'), version);
      git(clone, 'add', 'VERSION');
      git(
        clone,
        '-c',
        'user.name=t',
        '-c',
        'user.email=t@example.invalid',
        'commit',
        '--quiet',
        '-m',
        version,
      );
      git(clone, 'push', '--quiet', 'origin', 'HEAD');
      const plan = releasePlan(
        version,
        `## [${version}] - 2026-01-01\n\n- Notes.\n`,
        git(clone, 'tag', '--list').split('\n'),
      );
      execFileSync('bash', ['-euo', 'pipefail', '-c', tagStep.run ?? ''], {
        cwd: clone,
        env: { ...process.env, TAG: plan.tag, MAJOR_TAG: plan.majorTag ?? '', VERSION: plan.version },
        stdio: 'pipe',
      });
      return git(clone, 'rev-parse', 'HEAD');
    };
    const remoteTag = (tag: string) => git(origin, 'rev-parse', `refs/tags/${tag}^{commit}`);

    const first = release('1.0.0');
    expect([remoteTag('v1.0.0'), remoteTag('v1')]).toEqual([first, first]);
    const second = release('1.0.1');
    expect([remoteTag('v1.0.0'), remoteTag('v1.0.1'), remoteTag('v1')]).toEqual([first, second, second]);
    const trial = release('1.1.0-rc.1');
    expect(remoteTag('v1.1.0-rc.1')).toBe(trial);
    expect(remoteTag('v1')).toBe(second);
  });
});
