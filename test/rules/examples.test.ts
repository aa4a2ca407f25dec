// Runs every rule's documented examples: the docs, the README table and the tests cannot drift apart.

import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readRuleDocs } from '../../scripts/rule-docs.js';
import { buildPaperList, parseMarkdown } from '../../src/parse/index.js';
import { offlineRules } from '../../src/rules/index.js';
import { reportedSpan } from '../../src/rules/reported-span.js';
import { contextOf } from '../../src/rules/rule.js';
import { TODAY } from '../helpers/list.js';

const docs = readRuleDocs();

describe('rule documentation', () => {
  it('documents every offline rule with ok and not-ok examples', () => {
    for (const rule of offlineRules) {
      const doc = docs.find((d) => d.id === rule.id);
      expect(doc, rule.id).toBeDefined();
      expect(doc?.summary, rule.id).not.toBe('');
      expect(
        doc?.examples.some((e) => e.kind === 'ok'),
        `${rule.id} has an ok example`,
      ).toBe(true);
      expect(
        doc?.examples.some((e) => e.kind === 'not-ok'),
        `${rule.id} has a not-ok example`,
      ).toBe(true);
    }
  });
});

for (const doc of docs.filter((d) => offlineRules.some((rule) => rule.id === d.id))) {
  describe(`${doc.id} examples`, () => {
    doc.examples.forEach((example, index) => {
      it(`${example.kind} #${index + 1}`, () => {
        const rule = offlineRules.find((r) => r.id === doc.id)!;
        const tree = parseMarkdown(example.markdown);
        // The context a rule gets inside remark: pinned "today" and what the document's comments say.
        const context = contextOf(
          new VFile({ value: example.markdown, data: { paperlintToday: TODAY } }),
          tree,
        );
        const list = buildPaperList(tree, example.markdown);
        const own = rule.check(list, { ...rule.defaults, ...example.options }, context).map((f) => {
          const { start } = reportedSpan(list, f);
          return { line: start.line, column: start.column, severity: f.severity, message: f.message };
        });
        if (example.kind === 'ok') expect(own).toEqual([]);
        else expect(own).toEqual(example.expect);
      });
    });
  });
}
