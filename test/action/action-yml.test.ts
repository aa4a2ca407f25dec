import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_DEFAULTS } from './harness.js';

const root = path.resolve(import.meta.dirname, '../..');
const yamlOf = (file: string) => parse(readFileSync(path.join(root, file), 'utf8'));

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

describe('action.yml', () => {
  const action = yamlOf('action.yml') as ActionYml;

  it('runs dist/index.js on node24 and has a name, description and branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.name).toBe('paperlint');
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.branding.icon).toBeTruthy();
  });

  it('declares exactly the inputs and outputs of the contract, all optional and described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        'args',
        'add-from-issue',
        'cache',
        'config',
        'fail-on',
        'files',
        'github-token',
        'job-summary',
        'links',
        'mode',
        'suggestions',
        'tracking-issue',
        'working-directory',
      ].sort(),
    );
    expect(Object.keys(action.outputs).sort()).toEqual([
      'errors',
      'exit-code',
      'markdown-report',
      'report',
      'warnings',
    ]);
    for (const input of Object.values(action.inputs)) {
      expect(input.required).toBe(false);
      expect(input.description.length).toBeGreaterThan(10);
    }
  });

  it('has the defaults the tests give the runner, and the workflow token', () => {
    for (const [name, value] of Object.entries(ACTION_DEFAULTS))
      expect(action.inputs[name].default).toBe(value);
    expect(action.inputs['github-token'].default).toBe(`$\{{ github.token }}`);
    expect(action.inputs.config.default).toBeUndefined();
  });

  it('is documented input by input in the README', () => {
    const file = 'README.md';
    const docs = readFileSync(path.join(root, file), 'utf8');
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(docs).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    }
  });
});

describe('workflows', () => {
  it('ci tests on Node 20, 22 and 24', () => {
    const ci = yamlOf('.github/workflows/ci.yml');
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 22, 24]);
    const steps = ci.jobs.test.steps.map((step: { run?: string }) => step.run).filter(Boolean);
    expect(steps).toEqual(['npm ci --no-audit --no-fund', 'npm run typecheck', 'npm run lint', 'npm test']);
  });

  it('check-dist rebuilds and compares dist/', () => {
    const runs = yamlOf('.github/workflows/check-dist.yml')
      .jobs['check-dist'].steps.map((step: { run?: string }) => step.run ?? '')
      .join('\n');
    expect(runs).toContain('npm run build');
    expect(runs).toContain('git status --porcelain -- dist/');
  });

  it('paperlint runs the local Action on the example list with the minimal permissions', () => {
    const workflow = yamlOf('.github/workflows/paperlint.yml');
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write' });
    const step = workflow.jobs.paperlint.steps.find((s: { uses?: string }) => s.uses === './');
    expect(step.with.files).toBe('examples/papers.md');
  });
});

describe("the README's fork-pattern workflows", () => {
  /** The YAML blocks of the README, keyed by the workflow file their first comment names. */
  const blocks = new Map(
    [
      ...readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(
        /^```yaml\n# (\S+)[^\n]*\n([\s\S]*?)^```$/gm,
      ),
    ].map((match) => [match[1], parse(match[2])]),
  );
  const report = blocks.get('.github/workflows/paperlint-report.yml');
  const publish = blocks.get('.github/workflows/paperlint-publish.yml');
  const paperlintStep = (workflow: {
    jobs: Record<string, { steps: Array<{ uses?: string; with?: object }> }>;
  }) =>
    Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((step) => step.uses?.startsWith('paperlint/paperlint@'));

  it('the first runs on pull_request with read-only permissions and mode: report', () => {
    expect(Object.keys(report.on)).toEqual(['pull_request']);
    expect(Object.values(report.permissions)).toEqual(['read', 'read']);
    expect(paperlintStep(report)?.with).toMatchObject({ mode: 'report' });
  });

  it('the second runs on workflow_run of the first, with mode: publish and without checking anything out', () => {
    expect(publish.on.workflow_run).toEqual({ workflows: [report.name], types: ['completed'] });
    expect(publish.permissions).toEqual({ actions: 'read', checks: 'write', 'pull-requests': 'write' });
    expect(publish.jobs.publish.if).toBe("github.event.workflow_run.event == 'pull_request'");
    const steps = publish.jobs.publish.steps as Array<{ uses?: string; run?: string }>;
    expect(steps.filter((step) => step.uses?.startsWith('actions/checkout') || step.run)).toEqual([]);
    expect(paperlintStep(publish)?.with).toEqual({ mode: 'publish' });
  });
});
