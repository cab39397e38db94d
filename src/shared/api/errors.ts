import { z } from 'zod'
import { BackupEntry } from './methods/backup.ts'

export const ErrorCode = z.enum([
  'invalid_input',
  'not_found',
  'conflict',
  'file',
  'forbidden',
  'internal'
])
export type ErrorCode = z.infer<typeof ErrorCode>

/** What is wrong with a workshop file that cannot be opened, for views to say in their own words. */
export const FileProblem = z.enum(['missing', 'unreadable', 'not_sqlite', 'foreign', 'corrupt', 'newer_version'])
export type FileProblem = z.infer<typeof FileProblem>

export const ErrorIssue = z.object({ path: z.string(), message: z.string() })
export type ErrorIssue = z.infer<typeof ErrorIssue>

export const ApiErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(ErrorIssue).optional(),
  /** For a workshop file that cannot be used: its newest automatic backup, to offer restoring. */
  latestBackup: BackupEntry.optional(),
  /** For a workshop file that cannot be opened: what is wrong with it. */
  fileProblem: FileProblem.optional()
})
export type ApiErrorBody = z.infer<typeof ApiErrorBody>

/** The one error type that crosses every boundary (IPC, HTTP, CLI) with a message a person can act on. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly issues: ErrorIssue[] | undefined
  readonly latestBackup: BackupEntry | undefined
  readonly fileProblem: FileProblem | undefined
  constructor(code: ErrorCode, message: string, issues?: ErrorIssue[], extra?: { latestBackup?: BackupEntry; fileProblem?: FileProblem }) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.issues = issues
    this.latestBackup = extra?.latestBackup
    this.fileProblem = extra?.fileProblem
  }
  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message }
    if (this.issues) body.issues = this.issues
    if (this.latestBackup) body.latestBackup = this.latestBackup
    if (this.fileProblem) body.fileProblem = this.fileProblem
    return body
  }
  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.issues, { latestBackup: body.latestBackup, fileProblem: body.fileProblem })
  }
}

/** "stickies[3].phaseId" from zod's path array, so messages name the exact field. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out === '' ? '(root)' : out
}

export function fromZodError(error: z.ZodError, what: string): ApiError {
  const issues = error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }))
  const first = issues[0]
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  return new ApiError('invalid_input', `${what}: ${first ? `${first.path}: ${first.message}` : 'invalid'}${more}`, issues)
}

/** Parse input that arrived from outside: typed `unknown` on purpose so callers cannot skip it. */
export function parseUnknown<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  const r = schema.safeParse(data)
  if (!r.success) throw fromZodError(r.error, what)
  return r.data
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody }
