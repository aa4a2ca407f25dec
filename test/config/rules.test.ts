import { describe, expect, it } from 'vitest';
import { RULE_IDS, resolveRuleSettings } from '../../src/config/index.js';

describe('resolveRuleSettings', () => {
  it('maps every rule id, with nothing for rules the configuration leaves alone', () => {
    const settings = resolveRuleSettings({});
    expect([...settings.keys()]).toEqual([...RULE_IDS]);
    expect([...settings.values()].every((s) => Object.keys(s).length === 0)).toBe(true);
  });

  it('normalises a severity, [severity] and [severity, options]', () => {
    const settings = resolveRuleSettings({
      rules: {
        'dead-link': 'off',
        redirect: ['info'],
        'arxiv-url': ['warning', { prefer: 'abs' }],
      },
    });
    expect(settings.get('dead-link')).toEqual({ severity: 'off' });
    expect(settings.get('redirect')).toEqual({ severity: 'info' });
    expect(settings.get('arxiv-url')).toEqual({ severity: 'warning', options: { prefer: 'abs' } });
    expect(settings.get('entry-format')).toEqual({});
  });
});
