import { describe, expect, it } from 'vitest';
import { permalink, runContextOf, verifyScope } from '../../src/action/event.js';

const env = {
  GITHUB_REPOSITORY: 'octo/papers',
  GITHUB_SHA: 'merge000',
  GITHUB_SERVER_URL: 'https://github.example/',
  GITHUB_API_URL: 'http://127.0.0.1:9/api/v3/',
  GITHUB_RUN_ID: '77',
};

describe('runContextOf', () => {
  it('takes the pull request head, not the merge commit, on pull_request and pull_request_target', () => {
    for (const event of ['pull_request', 'pull_request_target']) {
      const context = runContextOf(
        { ...env, GITHUB_EVENT_NAME: event },
        { pull_request: { number: 5, head: { sha: 'head111' } } },
      );
      expect(context).toEqual({
        event,
        mode: 'pull-request',
        owner: 'octo',
        repo: 'papers',
        sha: 'head111',
        pullNumber: 5,
        serverUrl: 'https://github.example',
        apiUrl: 'http://127.0.0.1:9/api/v3',
        runUrl: 'https://github.example/octo/papers/actions/runs/77',
      });
    }
  });

  it('treats schedule and workflow_dispatch as full scans and other events as other', () => {
    expect(runContextOf({ ...env, GITHUB_EVENT_NAME: 'schedule' }, {}).mode).toBe('full-scan');
    expect(runContextOf({ ...env, GITHUB_EVENT_NAME: 'workflow_dispatch' }, {}).mode).toBe('full-scan');
    const push = runContextOf({ ...env, GITHUB_EVENT_NAME: 'push' }, {});
    expect(push).toMatchObject({ mode: 'other', sha: 'merge000' });
    expect(push.pullNumber).toBeUndefined();
  });

  it('falls back to the payload for the repository and refuses a run outside Actions', () => {
    const context = runContextOf(
      { GITHUB_EVENT_NAME: 'push' },
      { repository: { name: 'list', owner: { login: 'someone' } } },
    );
    expect(context).toMatchObject({ owner: 'someone', repo: 'list', apiUrl: 'https://api.github.com' });
    expect(() => runContextOf({}, {})).toThrow(/GITHUB_REPOSITORY/);
  });
});

describe('verifyScope', () => {
  it('follows the contract for auto, true and false', () => {
    expect(verifyScope('auto', 'pull-request')).toBe('added-lines');
    expect(verifyScope('auto', 'full-scan')).toBe('all');
    expect(verifyScope('auto', 'other')).toBe('none');
    expect(verifyScope('all', 'pull-request')).toBe('all');
    expect(verifyScope('off', 'full-scan')).toBe('none');
  });
});

describe('permalink', () => {
  it('links the line at the commit and encodes each path segment', () => {
    const context = runContextOf({ ...env, GITHUB_EVENT_NAME: 'push' }, {});
    expect(permalink(context, 'docs/my list#1.md', 12)).toBe(
      'https://github.example/octo/papers/blob/merge000/docs/my%20list%231.md#L12',
    );
  });
});
