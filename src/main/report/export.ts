import fs from 'node:fs'
import path from 'node:path'
import { ApiError } from '../../shared/api/errors.ts'
import type { WorkshopData } from '../../shared/domain/interchange.ts'
import type { ReportOptionsInput, ReportSection } from '../../shared/report/options.ts'
import { writeFileAtomic } from '../core/atomic.ts'
import { buildReport, prepareReport, type ReportEnv } from './build.ts'

/**
 * Where a report may be written: a .docx path in a folder that exists. Checked before the report
 * is built, so a typo costs nothing and the message names the person's own path.
 */
export function checkReportTarget(target: string): string {
  const abs = path.resolve(target)
  if (!/\.docx$/i.test(abs)) throw new ApiError('invalid_input', `path: a Word report must be saved as .docx (got ${path.basename(abs)})`)
  const dir = path.dirname(abs)
  let dirStat: fs.Stats
  try {
    dirStat = fs.statSync(dir)
  } catch {
    throw new ApiError('file', `cannot write ${abs}: the folder ${dir} does not exist`)
  }
  if (!dirStat.isDirectory()) throw new ApiError('file', `cannot write ${abs}: ${dir} is not a folder`)
  if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) throw new ApiError('file', `cannot write ${abs}: it is a folder`)
  return abs
}

export interface ExportResult {
  path: string
  bytes: number
  sections: ReportSection[]
  hitCount: number
}

/** Build the report and write it atomically: the target is the old file or the whole new one, never half. */
export async function exportReport(data: WorkshopData, target: string, options: ReportOptionsInput = {}, env: ReportEnv = {}): Promise<ExportResult> {
  const abs = checkReportTarget(target)
  const prepared = prepareReport(data, options, env)
  const buffer = await buildReport(data, options, env, prepared)
  try {
    writeFileAtomic(abs, buffer)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : (e as Error).message
    throw new ApiError('file', `cannot write ${abs}: ${why}`)
  }
  return { path: abs, bytes: buffer.length, sections: prepared.parts.map((p) => p.id), hitCount: prepared.hits.length }
}
