/**
 * The bin re-runs node for lists of 1 MB or more (issue #19, item 6): the two processes die together, and a
 * child killed by a signal gives one line. The built CLI runs against a loopback server that holds its first
 * request, so the child is known to be mid-run (its list parsed, waiting for an answer) when a signal comes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundles } from '../../scripts/bundles.js';
import { type FakeServer, startFakeServer } from '../helpers/fake-registry.js';

const root = path.resolve(import.meta.dirname, '../..');
const SLOW = 120_000;
let outdir: string;
let server: FakeServer;
let release: () => void = () => {};
let asked: () => void = () => {};

beforeAll(async () => {
  outdir = mkdtempSync(path.join(tmpdir(), 'paperlint-respawn-'));
  await build({ ...bundles(outdir).cli, absWorkingDir: root });
  // Every request waits until the test releases it; the first one tells the test that the child is mid-run.
  server = await startFakeServer(async () => {
    asked();
    await new Promise<void>((resolve) => {
      const previous = release;
      release = () => {
        previous();
        resolve();
      };
    });
    return { status: 200, body: 'ok' };
  });
});
afterAll(async () => {
  release();
  await server.close();
});

/** A list over 1 MB (so the bin re-runs node) with one fixable link and one web link on the held server. */
function bigList(dir: string): string {
  const file = path.join(dir, 'README.md');
  const entries = Array.from(
    { length: 9000 },
    (_, i) => `- A Study Of Things Number ${i} In Great Detail, With A Long Subtitle ${'x'.repeat(60)}, 2023`,
  );
  const text = `# Papers\n\n- Held, [[paper]](https://arxiv.org/abd/2304.10149) [[page]](${server.origin}/held)\n${entries.join('\n')}\n`;
  expect(text.length).toBeGreaterThan(1_000_000);
  writeFileSync(file, text);
  return text;
}

function runBin(dir: string): ChildProcess {
  const args = [
    path.join(outdir, 'cli.js'),
    ...['--fix', '--no-cache', '--allow-private-hosts', '--arxiv-interval', '0', '--timeout', '30000'],
    ...['--arxiv-api', server.origin, '--doi-api', server.origin, '--github-api', server.origin],
  ];
  return spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The processes whose parent is `pid` (Linux: /proc/<pid>/stat). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc').flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid ? [Number(name)] : [];
    } catch {
      return [];
    }
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the bin on a big list and resolves once its child has asked the server (the list is parsed). */
async function midRun() {
  const dir = mkdtempSync(path.join(tmpdir(), 'paperlint-respawn-list-'));
  const text = bigList(dir);
  const first = new Promise<void>((resolve) => {
    asked = resolve;
  });
  const parent = runBin(dir);
  let stderr = '';
  parent.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    parent.on('exit', (code, signal) => resolve({ code, signal })),
  );
  await first;
  asked = () => {};
  const [child] = childrenOf(parent.pid!);
  expect(child).toBeDefined();
  return { dir, text, parent, child, ended, stderr: () => stderr };
}

describe('the bin and the node it re-runs', () => {
  for (const signal of ['SIGKILL', 'SIGTERM', 'SIGINT'] as const) {
    it(
      `${signal} to the bin ends the re-run node too, and the list is not rewritten afterwards`,
      async () => {
        const run = await midRun();
        run.parent.kill(signal);
        const { signal: how } = await run.ended;
        expect(how).toBe(signal);
        // The held request is answered now: a child still running would go on and write its fixes.
        await sleep(500);
        release();
        for (let waited = 0; waited < 5000 && alive(run.child); waited += 100) await sleep(100);
        expect(alive(run.child)).toBe(false);
        await sleep(500);
        expect(readFileSync(path.join(run.dir, 'README.md'), 'utf8')).toBe(run.text);
        expect(readdirSync(run.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      },
      SLOW,
    );
  }

  it(
    're-run node killed by a signal: the bin says so in one line and exits 2',
    async () => {
      const run = await midRun();
      process.kill(run.child, 'SIGKILL');
      const { code } = await run.ended;
      release();
      expect(code).toBe(2);
      expect(run.stderr()).toBe('paperlint: the linting process was killed by SIGKILL (out of memory?)\n');
    },
    SLOW,
  );
});
