// Field names between Bifrost's snake_case JSON and GraphQL's camelCase.
import { boundedCache } from '../domain/bounded-cache.js';

export function snakeToCamel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

const toSnake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
// Every key of every REST response passes here (a page of customers inlines 100,000 objects); the
// names are the schema's few hundred fields, so each is converted once.
const snakeNames = boundedCache<string>(2_000);

export function camelToSnake(name: string): string {
  return snakeNames.get(name, toSnake);
}

/** A GraphQL input path (`input.budget.maxLimit`) as the REST client sent it (`budget.max_limit`). */
export function restFieldPath(graphqlPath: string): string {
  return graphqlPath
    .split('.')
    .filter((part, index) => !(index === 0 && part === 'input'))
    .map(camelToSnake)
    .join('.');
}
