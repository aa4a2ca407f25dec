/** What a release of `version` does, from the changelog and the existing tags; throws with the reason when it must not happen. */
export function releasePlan(
  version: string,
  changelog: string,
  tags: readonly string[],
): { version: string; tag: string; majorTag: string | undefined; prerelease: boolean; notes: string };
