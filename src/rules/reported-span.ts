import { createLocator, type Locator } from '../parse/source.js';
import type { PaperList, RuleFinding, Span } from '../types.js';

const locators = new WeakMap<PaperList, Locator>();

/**
 * Where a finding is shown: the text its fix replaces, when it has a fix (the contract: "a fix replaces the
 * finding's span", so that a JSON consumer can apply it), else the node the rule reported. A fix that inserts
 * (an arXiv link proposed after an entry's title) is shown at its insertion point: an empty span, which
 * SARIF reads as an insertion point too.
 */
export function reportedSpan(list: PaperList, finding: RuleFinding): Span {
  const { fix } = finding;
  if (!fix) return finding.span;
  let locator = locators.get(list);
  if (!locator) {
    locator = createLocator(list.source);
    locators.set(list, locator);
  }
  return locator.spanOf(fix.start, fix.end);
}
