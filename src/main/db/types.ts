import type Database from 'better-sqlite3'

// Branded handles (after Signal-Desktop): a function that takes a ReadableDB cannot write by accident.
export type ReadableDB = Database.Database & { readonly __readable: unique symbol }
export type WritableDB = ReadableDB & { readonly __writable: unique symbol }
