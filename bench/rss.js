// Peak resident memory of one offline lint of a file in a fresh process, with the committed build (what users run).
// Plain node, not tsx: tsx compiles the build's chunks in its loader thread, which holds some 110 MB more than the
// CLI ever does (node alone: 55 MB after importing paperlint; under tsx: 165-190 MB).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { lintText } from 'paperlint';

const text = readFileSync(process.argv[2], 'utf8');
const start = performance.now();
lintText(text, 'bench.md', { today: new Date('2026-06-30T00:00:00Z') });
const singleLintMs = performance.now() - start;
console.log(JSON.stringify({ singleLintMs, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
