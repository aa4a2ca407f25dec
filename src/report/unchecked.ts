import type { Finding } from '../types.js';
import { plural } from './counts.js';

/**
 * What the human formats list: every finding except the infos of checks that the network's absence left
 * undone, which one line counts instead (a check raised to warning or error in the config is listed as usual;
 * JSON and SARIF keep every one).
 */
export function listedFindings(findings: readonly Finding[]): { listed: Finding[]; unchecked: number } {
  const listed: Finding[] = [];
  // What was not checked, not places: an id linked as abs and as pdf is one, as the summary's link counts count it.
  const unchecked = new Set<string>();
  for (const finding of findings) {
    if (finding.networkUnavailable && finding.severity === 'info') unchecked.add(finding.networkUnavailable);
    else listed.push(finding);
  }
  return { listed, unchecked: unchecked.size };
}

/** "Could not verify 16 links: network unavailable", or undefined when every check ran. */
export function uncheckedText(unchecked: number): string | undefined {
  return unchecked > 0 ? `Could not verify ${plural(unchecked, 'link')}: network unavailable` : undefined;
}
