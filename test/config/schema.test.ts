import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, expectTypeOf, it } from 'vitest';
import schema from '../../schema/paperlintrc.schema.json' with { type: 'json' };
import { type MissingRuleIds, RULE_IDS } from '../../src/config/index.js';
import { validateConfig } from '../../src/config/validate.js';

const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../..');
const contract = path.resolve(repoRoot, '../shared/CONTRACT.md');

describe('RULE_IDS', () => {
  it('lists every RuleId', () => {
    expectTypeOf<MissingRuleIds>().toEqualTypeOf<never>();
    expect(new Set(RULE_IDS).size).toBe(14);
  });

  it.skipIf(!existsSync(contract))('matches the rule ids of the contract, in order', () => {
    const section = readFileSync(contract, 'utf8').split('## Rule ids')[1].split('\n## ')[0];
    const listed = section
      .split('\n')
      .filter((line) => /^(Offline|Network):/.test(line) || /^`[a-z-]+`/.test(line))
      .join(' ');
    expect([...listed.matchAll(/`([a-z]+(?:-[a-z]+)*)`/g)].map((m) => m[1])).toEqual([...RULE_IDS]);
  });
});

describe('schema/paperlintrc.schema.json', () => {
  it('is a strict draft-07 schema', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    const ajv = new Ajv({ strict: true, strictTuples: false });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('enumerates exactly the rule ids', () => {
    expect(Object.keys(schema.properties.rules.properties)).toEqual([...RULE_IDS]);
  });

  it('accepts every rule at every severity, with and without options', () => {
    for (const id of RULE_IDS) {
      for (const severity of ['off', 'info', 'warning', 'error'] as const) {
        for (const setting of [severity, [severity], [severity, { any: 'option' }]]) {
          expect(validateConfig({ rules: { [id]: setting } }, 'x.json')).toEqual({
            rules: { [id]: setting },
          });
        }
      }
    }
  });
});
