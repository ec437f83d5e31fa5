// Bounds on the numbers clients send. Money and counts are stored as doubles and summed by the usage
// engine: bounded inputs keep every sum and every repriced request (price × tokens) finite, so no
// read ever meets an Infinity that JSON and GraphQL cannot carry.
import { z } from 'zod';

/** Any amount of money: a budget's max_limit, a reported cost, an admission estimate. */
export const MAX_USD = 1e12;
/** Token and request counts: the range SafeInt carries. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;
/** A price in USD per unit (token, character, image, second…): times 2 × MAX_COUNT tokens it stays finite. */
export const MAX_UNIT_PRICE = 1e6;
/** Load-balancing weights are relative: no mix of keys or providers needs a wider range. */
export const MAX_WEIGHT = 1e6;

export const money = z.number().min(0).max(MAX_USD);
export const count = z.number().int().min(0).max(MAX_COUNT);
