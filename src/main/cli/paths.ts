import path from 'node:path'
import { DOC_EXT } from '../core/library.ts'

/** The file name rule library.import applies, used by demo too: workshop files end in .medskapa. */
export function withDocExt(file: string): string {
  const abs = path.resolve(file)
  return abs.endsWith(DOC_EXT) ? abs : abs + DOC_EXT
}
