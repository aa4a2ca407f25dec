// No network, or dead domains: 400 links on 41 host names that never resolve and 200 links on one, online
// against offline. The names are RFC 6761 `.invalid` ones, which no resolver delegates, so no packet needs
// to leave the machine. Prints, per list: the offline lint; the online run in process (the same lint plus
// verify, with the system resolver and with a stub that fails every name after 5 ms), with lookups per
// host name; and the CLI's wall time (the committed build, `node dist/cli.js`) with and without `--offline`.
// Run: npx tsx bench/offline-network.ts

import { spawnSync } from 'node:child_process';
import { lookup as dnsLookup } from 'node:dns/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintText } from '../src/lint.js';
import type { Lookup } from '../src/verify/agent.js';
import { DEFAULT_VERIFY_OPTIONS } from '../src/verify/defaults.js';
import { verify } from '../src/verify/index.js';

const root = path.resolve(import.meta.dirname, '..');
const folder = mkdtempSync(path.join(tmpdir(), 'paperlint-offline-'));

interface Case {
  label: string;
  links: number;
  hosts: number;
}

const CASES: Case[] = [
  { label: '400 links on 41 host names that do not resolve', links: 400, hosts: 41 },
  { label: '200 links on one host name that does not resolve', links: 200, hosts: 1 },
];

function urlsOf({ links, hosts }: Case): string[] {
  return Array.from({ length: links }, (_, i) => `https://site${i % hosts}.invalid/paper/${i}`);
}

function listOf(urls: string[]): string {
  const entries = urls.map((url, i) => `- Paper Number ${i} About Things, NeurIPS 2023, [[page]](${url})`);
  return `# Dead hosts\n\n${entries.join('\n')}\n`;
}

const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true });
const stubLookup: Lookup = (hostname) =>
  new Promise((_, reject) =>
    setTimeout(
      () => reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })),
      5,
    ),
  );

async function online(urls: string[], lookup: Lookup) {
  const calls = new Map<string, number>();
  const notices: string[] = [];
  const start = performance.now();
  const results = await verify(
    { urls, arxiv: [], dois: [] },
    { ...DEFAULT_VERIFY_OPTIONS, onNotice: (message) => notices.push(message) },
    {
      lookup: (hostname) => {
        calls.set(hostname, (calls.get(hostname) ?? 0) + 1);
        return lookup(hostname);
      },
    },
  );
  const ms = performance.now() - start;
  const counts: Record<string, number> = {};
  for (const { status } of results.links.values()) counts[status] = (counts[status] ?? 0) + 1;
  const lookups = [...calls.values()];
  return { ms, counts, notices, names: calls.size, lookups: lookups.reduce((a, b) => a + b, 0) };
}

function cliWallMs(file: string, offline: boolean): number {
  const start = performance.now();
  const flags = [...(offline ? ['--offline'] : []), '--no-cache', '--format', 'json', file];
  const run = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), ...flags], { stdio: 'ignore' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`paperlint exited ${run.status} on ${file}`);
  return performance.now() - start;
}

for (const entry of CASES) {
  const urls = urlsOf(entry);
  const text = listOf(urls);
  const file = path.join(folder, `dead-${entry.links}-${entry.hosts}.md`);
  writeFileSync(file, text);
  const start = performance.now();
  lintText(text, 'bench.md');
  const offlineMs = performance.now() - start;
  console.log(`\n## ${entry.label}`);
  console.log(`  offline lint            ${offlineMs.toFixed(0)} ms (in process)`);
  for (const [name, lookup] of [
    ['system resolver', systemLookup],
    ['stub resolver (5 ms)', stubLookup],
  ] as const) {
    const r = await online(urls, lookup);
    console.log(
      `  online, ${name.padEnd(20)} +${r.ms.toFixed(0)} ms verify: ${r.lookups} lookups of ${r.names} of ${entry.hosts} names; ${JSON.stringify(r.counts)}; ${r.notices.length} notice(s)`,
    );
  }
  const cliOffline = cliWallMs(file, true);
  const cliOnline = cliWallMs(file, false);
  console.log(
    `  CLI wall (dist)         ${cliOnline.toFixed(0)} ms online, ${cliOffline.toFixed(0)} ms --offline: +${((cliOnline - cliOffline) / 1000).toFixed(1)} s   target <= +3 s: ${cliOnline - cliOffline <= 3000 ? 'ok' : 'MISSED'}`,
  );
}
