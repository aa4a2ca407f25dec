import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, expectTypeOf, it } from 'vitest';
import schema from '../../schema/paperlintrc.schema.json' with { type: 'json' };
import { optionsOf, optionsSchema, readRuleDocs, ruleSchema } from '../../scripts/rule-docs.js';
import { type MissingRuleIds, RULE_IDS } from '../../src/config/index.js';
import { validateConfig } from '../../src/config/validate.js';
import { networkRules, offlineRules } from '../../src/rules/index.js';

const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../..');
const contract = path.resolve(repoRoot, '../shared/CONTRACT.md');

describe('RULE_IDS', () => {
  it('lists every RuleId', () => {
    expectTypeOf<MissingRuleIds>().toEqualTypeOf<never>();
    expect(new Set(RULE_IDS).size).toBe(16);
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

  it('accepts every rule at every severity, with and without its options', () => {
    for (const id of RULE_IDS) {
      for (const severity of ['off', 'info', 'warning', 'error'] as const) {
        for (const setting of [severity, [severity], [severity, {}], [severity, defaultsOf(id) ?? {}]]) {
          expect(validateConfig({ rules: { [id]: setting } }, 'x.json')).toEqual({
            rules: { [id]: setting },
          });
        }
      }
    }
  });

  it("describes each rule's options with the rule's own defaults, and no options for the others", () => {
    for (const id of RULE_IDS) {
      const options = optionsSchema(id);
      expect(options.additionalProperties, id).toBe(false);
      expect(Object.fromEntries(optionsOf(id).map(([name, option]) => [name, option.default])), id).toEqual(
        defaultsOf(id) ?? {},
      );
      for (const [, option] of optionsOf(id)) expect(option.description).toBeTruthy();
    }
  });

  it('gives each rule its README summary as the description editors show', () => {
    for (const doc of readRuleDocs()) expect(ruleSchema(doc.id).description, doc.id).toBe(doc.summary);
  });
});

/** A rule's default options; undefined for one that takes none. */
function defaultsOf(id: string): Record<string, unknown> | undefined {
  const rule = [...offlineRules, ...networkRules].find((candidate) => candidate.id === id);
  return rule && Object.keys(rule.defaults).length > 0 ? rule.defaults : undefined;
}
