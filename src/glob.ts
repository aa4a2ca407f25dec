/** Whether a file argument is a glob pattern (expanded with tinyglobby) rather than a path. */
export function isGlob(argument: string): boolean {
  return /[*?[\]{}]/.test(argument);
}
