/**
 * Libraries loaded on first use rather than with the module: a restart takes the parsed content
 * back (start-cache.ts) and reads no markdown and no phone number before its first page, so the
 * markdown reader (remark, about 50 ms to load) and libphonenumber (about 35 ms) wait until
 * something needs them. Loaded synchronously (`require`, which loads ES modules too), so the
 * functions that use them stay synchronous.
 */
import { createRequire } from 'node:module';
import type * as PhoneNumbers from 'libphonenumber-js';

const load = createRequire(import.meta.url);

/** A function returning the module `specifier`, loaded the first time it is called. */
export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(specifier) as T);
}

/** libphonenumber-js (the phone numbers of partner files and of implementation requests). */
export const phoneNumbers = lazyModule<typeof PhoneNumbers>('libphonenumber-js');
