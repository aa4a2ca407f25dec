import { describe, expect, it } from 'vitest';
import { checkConclusion, checkTitle, countsOf, failureMessage } from '../../src/action/outcome.js';
import { finding } from './findings.js';

describe('fail-on', () => {
  const errors = { errors: 2, warnings: 1, infos: 0 };
  const warnings = { errors: 0, warnings: 1, infos: 3 };
  const clean = { errors: 0, warnings: 0, infos: 0 };

  it('fails on errors, on warnings too with fail-on: warning, never with never', () => {
    expect(failureMessage(errors, 'error')).toBe('paperlint found 2 errors');
    expect(failureMessage(warnings, 'error')).toBeUndefined();
    expect(failureMessage(warnings, 'warning', ' on the added lines')).toBe(
      'paperlint found 1 warning on the added lines',
    );
    expect(failureMessage(errors, 'never')).toBeUndefined();
  });

  it('concludes the check run: failure, neutral with findings, success when clean', () => {
    expect(checkConclusion(errors, 'error')).toBe('failure');
    expect(checkConclusion(warnings, 'error')).toBe('neutral');
    expect(checkConclusion(clean, 'warning')).toBe('success');
    expect(checkTitle(clean)).toBe('No problems on added lines');
    expect(checkTitle(warnings)).toBe('0 errors, 1 warning, 3 infos on added lines');
  });

  it('counts findings by severity', () => {
    const findings = [finding({ line: 1 }), finding({ line: 2, severity: 'info' }), finding({ line: 3 })];
    expect(countsOf(findings)).toEqual({ errors: 2, warnings: 0, infos: 1 });
  });
});
