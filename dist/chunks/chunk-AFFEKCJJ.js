import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);

// src/cli/default-file.ts
function defaultFile(env) {
  return env.PAPERLINT_DEFAULT_FILE || "README.md";
}

// src/glob.ts
function isGlob(argument) {
  return /[*?[\]{}]/.test(argument);
}

export {
  isGlob,
  defaultFile
};
