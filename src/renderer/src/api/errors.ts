import { ApiError, ApiErrorBody, type ErrorCode, type FileProblem } from '../../../shared/api/errors.ts'
import type { BackupEntry } from '../../../shared/api/methods/backup.ts'

/** The host could not be reached at all (not running, network gone): not the API's own error. */
export class TransportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TransportError'
  }
}

/** What a view shows for a failure: a code it can put into plain words, and the detail. */
export interface UiError {
  code: ErrorCode | 'network'
  /** The API's own message: English, but it names the exact field or file. */
  detail: string
  /** A workshop file that cannot be used: its newest automatic backup, to offer restoring. */
  latestBackup?: BackupEntry
  /** A workshop file that cannot be opened: what is wrong with it. */
  fileProblem?: FileProblem
}

export function toUiError(e: unknown): UiError {
  if (e instanceof ApiError) {
    return {
      code: e.code,
      detail: e.message,
      ...(e.latestBackup ? { latestBackup: e.latestBackup } : {}),
      ...(e.fileProblem ? { fileProblem: e.fileProblem } : {})
    }
  }
  if (e instanceof TransportError) return { code: 'network', detail: e.message }
  return { code: 'internal', detail: e instanceof Error ? e.message : String(e) }
}

/** Unwrap an Envelope that came over a wire: the value, or the API's error as an ApiError. */
export function unwrapEnvelope(raw: unknown, method: string): unknown {
  if (typeof raw === 'object' && raw !== null && 'ok' in raw) {
    const envelope = raw as { ok: unknown; value?: unknown; error?: unknown }
    if (envelope.ok === true) return envelope.value
    if (envelope.ok === false) {
      const body = ApiErrorBody.safeParse(envelope.error)
      if (body.success) throw ApiError.fromBody(body.data)
    }
  }
  throw new ApiError('internal', `${method}: the reply was not understood`)
}
