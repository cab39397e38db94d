import fs from 'node:fs'
import path from 'node:path'
import { ApiError } from '../../shared/api/errors.ts'
import type { ReportHit } from '../../shared/report/redact.ts'
import { writeFileAtomic } from '../core/atomic.ts'

/**
 * Where a summary may be written: a .docx path in a folder that exists. Checked before anything
 * is built or recorded, so a typo costs nothing and the message names the person's own path.
 */
export function checkSummaryTarget(target: string): string {
  const abs = path.resolve(target)
  if (!/\.docx$/i.test(abs)) throw new ApiError('invalid_input', `path: a summary must be saved as .docx (got ${path.basename(abs)})`, [{ path: 'path', message: 'must end in .docx' }])
  const dir = path.dirname(abs)
  let stat: fs.Stats
  try {
    stat = fs.statSync(dir)
  } catch {
    throw new ApiError('file', `cannot write ${abs}: the folder ${dir} does not exist`)
  }
  if (!stat.isDirectory()) throw new ApiError('file', `cannot write ${abs}: ${dir} is not a folder`)
  if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) throw new ApiError('file', `cannot write ${abs}: it is a folder`)
  return abs
}

/** The plain-text file beside a summary: same name, .txt. */
export function textPathOf(docxPath: string): string {
  return docxPath.replace(/\.docx$/i, '.txt')
}

/** Write atomically, with a message a person can act on. */
export function writeOut(abs: string, data: string | Uint8Array): void {
  try {
    writeFileAtomic(abs, data)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : (e as Error).message
    throw new ApiError('file', `cannot write ${abs}: ${why}`)
  }
}

const KIND_TEXT: Record<ReportHit['kind'], string> = {
  personnummer: 'personal identity number',
  samordningsnummer: 'coordination number',
  phone: 'phone number',
  email: 'e-mail address',
  name: 'listed name'
}

/**
 * The refusal when the guard is not clean: every find as an issue (where it is, what it is, the
 * words around it), so the dialog and the command line can list them all.
 */
export function unsafeToSend(hits: readonly ReportHit[]): ApiError {
  const n = hits.length
  return new ApiError(
    'conflict',
    `the summary contains personal data (${n} ${n === 1 ? 'find' : 'finds'}); replace ${n === 1 ? 'it' : 'them'} in the workshop or export with pseudonymise`,
    hits.map((h) => ({ path: `${h.source.entity} ${h.source.id}.${h.source.field}`, message: `${KIND_TEXT[h.kind]} in "${h.excerpt}"` }))
  )
}
