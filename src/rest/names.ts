// Field names between Bifrost's snake_case JSON and GraphQL's camelCase.
export function snakeToCamel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

export function camelToSnake(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** A GraphQL input path (`input.budget.maxLimit`) as the REST client sent it (`budget.max_limit`). */
export function restFieldPath(graphqlPath: string): string {
  return graphqlPath
    .split('.')
    .filter((part, index) => !(index === 0 && part === 'input'))
    .map(camelToSnake)
    .join('.');
}
