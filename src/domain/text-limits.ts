// Caps on input text. Names and ids are stored with their owner, shown by every read of it and
// echoed in messages, so they are short single lines: a control character (NUL included) would be
// stored out of sight and trip clients that print, log or match the text, and a lone UTF-16
// surrogate cannot be stored as UTF-8 (the row would never be found by that text again). Prose
// (descriptions, CEL expressions, secrets) may span lines, within a larger cap.
import { z } from 'zod';

export const MAX_LINE_LENGTH = 255;
export const MAX_TEXT_LENGTH = 4096;
/** Secrets may be whole documents (a Vertex service-account JSON is about 2.5 KB). */
export const MAX_SECRET_LENGTH = 16_384;

const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINE_BREAKS = /[^\P{Cc}\t\n\r]/u;
const LONE_SURROGATE = /\p{Surrogate}/u;

function capped(wireName: string, max: number, forbidden: RegExp, what: string) {
  return z
    .string()
    .max(max, `${wireName} must be at most ${max} characters`)
    .refine((text) => !forbidden.test(text), `${wireName} must not contain ${what}`)
    .refine((text) => !LONE_SURROGATE.test(text), `${wireName} must be valid Unicode`);
}

/** One line of at most `max` characters: names, ids, model and provider names, patterns. */
export function line(wireName: string, max = MAX_LINE_LENGTH) {
  return capped(wireName, max, CONTROL, 'control characters');
}

/** Prose of at most `max` characters: tabs and line breaks allowed, other control characters not. */
export function text(wireName: string, max = MAX_TEXT_LENGTH) {
  return capped(wireName, max, CONTROL_BUT_LINE_BREAKS, 'control characters other than tabs and line breaks');
}

/** A name that must be given: trimmed, `requiredMessage` when empty, then a line. */
export function requiredName(requiredMessage: string, wireName = 'name') {
  return z.string().trim().min(1, requiredMessage).pipe(line(wireName));
}
