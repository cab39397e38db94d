import { z } from 'zod'

/** Ids are opaque strings (UUIDs when we create them); imports may bring their own. */
export const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, - or _')
export type Id = z.infer<typeof Id>

/** Calendar date without time, as in Swedish public documents: 2013-12-13. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')

/** Milliseconds since the epoch. */
export const Timestamp = z.number().int().nonnegative()

/** User text: bounded so a paste cannot bloat the document; control characters are stripped on write. */
export const ShortText = z.string().max(500)
export const LongText = z.string().max(20_000)
export const StickyText = z.string().min(1, 'must not be empty').max(2_000)
