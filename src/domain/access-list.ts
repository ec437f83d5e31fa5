// Allow-lists of virtual keys (spec §1.6, §1.8): allowed models, key ids and MCP tools share one
// grammar: ["*"] = everything, [] = nothing, otherwise the listed names.
export const WILDCARD = '*';

/** True for ["*"]: the list admits everything. */
export function allowsAll(values: readonly string[]): boolean {
  return values.length === 1 && values[0] === WILDCARD;
}

/** Why a list is malformed (the detail after Bifrost's "invalid <field> for ...: " prefix), or null. */
export function accessListProblem(values: readonly string[]): string | null {
  if (values.includes(WILDCARD) && values.length > 1) {
    return `wildcard '${WILDCARD}' cannot be combined with other values`;
  }
  const seen = new Set<string>();
  for (const value of values) {
    if (value.trim() === '') return 'empty value in whitelist';
    if (seen.has(value)) return `duplicate value '${value}' in whitelist`;
    seen.add(value);
  }
  return null;
}
