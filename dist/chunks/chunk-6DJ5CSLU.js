// src/config/exclude.ts
function compileExclusion(source) {
  try {
    return { pattern: new RegExp(source) };
  } catch (error) {
    const message = error.message;
    const prefix = `Invalid regular expression: /${source}/: `;
    const reason = message.startsWith(prefix) ? message.slice(prefix.length) : message;
    return { invalid: reason.charAt(0).toLowerCase() + reason.slice(1) };
  }
}
function quotedPattern(source) {
  return `'${source.replace(/\r?\n|\r/g, "\\n")}'`;
}
function linkExclusion(config, extra = []) {
  const patterns = [...(config?.links?.exclude ?? []).map((source) => new RegExp(source)), ...extra];
  return (url) => patterns.some((pattern) => pattern.test(url));
}

// src/config/error.ts
var ConfigError = class extends Error {
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.file = file;
    this.problem = problem;
  }
  file;
  problem;
  name = "ConfigError";
};

export {
  compileExclusion,
  quotedPattern,
  linkExclusion,
  ConfigError
};
