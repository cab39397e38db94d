import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { CliFailure, parseCommandArgs, type Command } from '../command.ts'
import { prettyJson, writeOutput } from '../output.ts'
import { withCore } from '../session.ts'

const Args = z.object({
  file: z.string().min(1, 'must not be empty'),
  out: z.string().min(1, 'must not be empty').optional()
})

function sameFile(a: string, b: string): boolean {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b)
  } catch {
    return path.resolve(a) === path.resolve(b)
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a workshop as interchange JSON',
  usage: 'medskapa export <file> [--out <json>]',
  help: [
    'Writes the whole workshop as the open interchange JSON (see `medskapa schema`): to standard',
    'output, or with --out to a file, replaced atomically so a crash never leaves half a file.',
    'The workshop is opened as the app opens it (an older file is upgraded on the way).',
    '',
    'Options:',
    '  --out, -o <json>   write to this file instead of standard output'
  ].join('\n'),
  run: async (args) => {
    const { file, out } = parseCommandArgs(args, {
      positionals: ['file'],
      options: { out: { type: 'string', short: 'o' } },
      schema: Args
    })
    if (out !== undefined && sameFile(out, file)) {
      throw new CliFailure('--out names the workshop file itself; choose another file for the JSON')
    }
    const exported = await withCore(async (core) => {
      const { docId } = await core.call('library.open', { path: file })
      return core.call('workshop.export', { docId })
    })
    writeOutput(prettyJson(exported), out)
  }
}
