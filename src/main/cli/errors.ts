import { ApiError } from '../../shared/api/errors.ts'
import { DocumentError } from '../db/open.ts'

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EEXIST: 'it already exists'
}

/**
 * One line a person can act on, for any error a command throws. Stack traces are for developers:
 * they appear only with MEDSKAPA_DEBUG=1.
 */
export function describeError(e: unknown): { message: string; details: string[] } {
  if (e instanceof ApiError) {
    // The message already names the first field; list the rest so one run shows every mistake.
    const details = (e.issues ?? []).slice(1, 20).map((i) => `${i.path}: ${i.message}`)
    const more = (e.issues?.length ?? 0) > 20 ? [`… and ${(e.issues?.length ?? 0) - 20} more`] : []
    return { message: e.message, details: [...details, ...more] }
  }
  if (e instanceof DocumentError) return { message: e.message, details: [] }
  const err = e as NodeJS.ErrnoException
  if (typeof err?.code === 'string' && err.code in ERRNO_TEXT) {
    const where = err.path ? `${err.path}: ` : ''
    return { message: `${where}${ERRNO_TEXT[err.code]}`, details: [] }
  }
  if (typeof err?.code === 'string' && err.code.startsWith('SQLITE_')) {
    return { message: `the workshop file could not be used (${err.code}: ${err.message})`, details: [] }
  }
  return { message: `unexpected error: ${err?.message ?? String(e)}`, details: [] }
}
