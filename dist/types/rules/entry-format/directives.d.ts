/**
 * @aspect directives
 *
 * `directive`: a rule id in a `<!-- paperlint-disable … -->`, `<!-- paperlint-disable-next-line … -->`
 * or `<!-- paperlint-enable … -->` comment that paperlint does not know. Such an id silences nothing (a
 * comment naming only unknown ids silences nothing at all), so a typo would leave the findings it was
 * meant to hide. Reported on the comment, with the closest rule id when one is close; no fix, since the
 * closest id is a guess. As ESLint reports directives that do nothing.
 *
 * @example ok
 * <!-- paperlint-disable-next-line duplicate-entry -->
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 *
 * @example not-ok
 * <!-- paperlint-disable-next-line duplicate-entries -->
 * - Title One, arxiv 2023/05, [[paper]](https://arxiv.org/abs/2305.11700)
 * @expect 1:1 warning Unknown rule 'duplicate-entries' in paperlint-disable-next-line comment (did you mean 'duplicate-entry'?) (directive)
 */
import type { RuleFinding } from '../../types.js';
import type { RuleContext } from '../rule.js';
export declare function unknownDirectiveFindings(context: RuleContext): RuleFinding[];
