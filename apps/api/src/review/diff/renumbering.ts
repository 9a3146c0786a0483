/**
 * The renumbering predicate of `diffSites` from any lookup of a commune's current code (for instance
 * `currentCommuneOf(code)?.code` of `@maillage/territories`): two codes leading to the same current commune are
 * one commune renumbered by a merger, not two places. Unknown codes are never a renumbering.
 */
export function renumberingPredicate(currentCodeOf: (code: string) => string | undefined): (oldCode: string, newCode: string) => boolean {
  return (oldCode, newCode) => {
    const current = currentCodeOf(oldCode);
    return current !== undefined && current === currentCodeOf(newCode);
  };
}
