import { type Config, RULE_IDS } from '../config/index.js';
import { displayPath } from '../report/paths.js';
import { offlineRules } from '../rules/index.js';

/**
 * `--print-config <file>`: the configuration that applies to a file, as JSON, like ESLint's: which file it came
 * from, every rule with its severity (`default`: each finding's own) and its options over the defaults, and the
 * link exclusions of the configuration and the command line.
 */
export function printedConfig(config: Config, exclude: readonly string[], cwd: string): string {
  const rules = Object.fromEntries(
    RULE_IDS.map((id) => {
      const setting = config.rules?.[id];
      const severity = (Array.isArray(setting) ? setting[0] : setting) ?? 'default';
      const defaults = offlineRules.find((rule) => rule.id === id)?.defaults ?? {};
      const options = { ...defaults, ...(Array.isArray(setting) ? setting[1] : undefined) };
      return [id, Object.keys(options).length > 0 ? [severity, options] : severity];
    }),
  );
  const printed = {
    configFile: config.file === undefined ? null : displayPath(config.file, cwd),
    rules,
    ignore: config.ignore ?? [],
    hosts: config.hosts ?? {},
    links: { exclude: [...(config.links?.exclude ?? []), ...exclude] },
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}
