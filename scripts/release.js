// The release workflow's checks: `node scripts/release.js <notes file>` reads the version from package.json,
// refuses a version that is no semantic version, has no dated CHANGELOG.md section or is already tagged, writes
// that section (the release notes) to the notes file and prints the workflow's outputs (version, tag, major tag,
// prerelease). The pure part is exported for test/release.test.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a release of `version` does, from the changelog and the tags that exist; throws with the reason when
 * it must not happen.
 * @param {string} version
 * @param {string} changelog
 * @param {readonly string[]} tags
 * @returns {{ version: string, tag: string, majorTag: string | undefined, prerelease: boolean, notes: string }}
 */
export function releasePlan(version, changelog, tags) {
  const parts = SEMVER.exec(version);
  if (!parts) throw new Error(`package.json's version '${version}' is not a semantic version (X.Y.Z)`);
  const tag = `v${version}`;
  if (tags.includes(tag)) throw new Error(`${tag} is already tagged: raise the version in package.json`);
  const heading = new RegExp(`^## \\[${escapeRegExp(version)}\\] - (\\d{4}-\\d{2}-\\d{2})[ \\t]*$`, 'm');
  const found = heading.exec(changelog);
  if (!found) {
    throw new Error(
      `CHANGELOG.md has no '## [${version}] - YYYY-MM-DD' section: move the notes under [Unreleased] into one`,
    );
  }
  const rest = changelog.slice(found.index + found[0].length);
  const next = rest.search(/^## |^\[[^\]]+\]: /m);
  const notes = (next === -1 ? rest : rest.slice(0, next)).trim();
  if (notes === '') throw new Error(`CHANGELOG.md's section for ${version} is empty`);
  const prerelease = parts[4] !== undefined;
  // A prerelease never moves the major tag that `uses: …@v1` follows.
  return { version, tag, majorTag: prerelease ? undefined : `v${parts[1]}`, prerelease, notes: `${notes}\n` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const notesFile = process.argv[2];
  if (!notesFile) throw new Error('usage: node scripts/release.js <notes file>');
  const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const tags = execFileSync('git', ['tag', '--list'], { cwd: root, encoding: 'utf8' }).split('\n');
  try {
    const plan = releasePlan(version, readFileSync(`${root}/CHANGELOG.md`, 'utf8'), tags);
    writeFileSync(notesFile, plan.notes);
    process.stdout.write(
      `version=${plan.version}\ntag=${plan.tag}\nmajor-tag=${plan.majorTag ?? ''}\nprerelease=${plan.prerelease}\n`,
    );
  } catch (error) {
    process.stderr.write(`release: ${error.message}\n`);
    process.exitCode = 1;
  }
}
