import path from 'node:path'
import { DOC_EXT } from '../core/library.ts'

/**
 * The workshop file the OS asked us to open (double-click on Windows and Linux puts it on the
 * command line; a second launch passes its argv to the first instance). Flags are skipped, so a
 * Chromium switch that happens to end in ".medskapa" is not taken for a file.
 */
export function fileFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]
    if (arg === undefined || arg.startsWith('-')) continue
    if (arg.toLowerCase().endsWith(DOC_EXT)) return path.resolve(cwd, arg)
  }
  return null
}
