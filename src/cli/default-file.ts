/** The list linted when the command line names none (`npm run lint-list` sets the example list). */
export function defaultFile(env: NodeJS.ProcessEnv): string {
  return env.PAPERLINT_DEFAULT_FILE || 'README.md';
}
