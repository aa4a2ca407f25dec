import type { Finding } from '../types.js';
import { plural } from './counts.js';

/**
 * What the human formats list: every finding except the infos of checks that the network's absence left
 * undone, which one line counts instead (a check raised to warning or error in the config is listed as usual;
 * JSON and SARIF keep every one).
 */
export function listedFindings(findings: readonly Finding[]): { listed: Finding[]; unchecked: number } {
  const listed = findings.filter((finding) => !(finding.networkUnavailable && finding.severity === 'info'));
  return { listed, unchecked: findings.length - listed.length };
}

/** "Could not verify 16 links: network unavailable", or undefined when every check ran. */
export function uncheckedText(unchecked: number): string | undefined {
  return unchecked > 0 ? `Could not verify ${plural(unchecked, 'link')}: network unavailable` : undefined;
}
