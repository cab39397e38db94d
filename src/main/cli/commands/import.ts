import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { CliFailure, parseCommandArgs, type Command } from '../command.ts'
import { say } from '../output.ts'
import { withDocExt } from '../paths.ts'
import { withCore } from '../session.ts'

const Args = z.object({
  json: z.string().min(1, 'must not be empty'),
  file: z.string().min(1, 'must not be empty')
})

function readJson(source: string): unknown {
  let text: string
  const label = source === '-' ? 'standard input' : path.resolve(source)
  try {
    text = fs.readFileSync(source === '-' ? 0 : source, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a folder' : `it cannot be read (${code ?? 'error'})`
    throw new CliFailure(`cannot read ${label}: ${why}`)
  }
  try {
    // Editors on Windows like to start UTF-8 files with a byte order mark; JSON.parse does not.
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new CliFailure(`${label} is not valid JSON: ${(e as Error).message}`)
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Create a workshop file from interchange JSON (all or nothing)',
  usage: 'medskapa import <json> <file>',
  help: [
    'Reads the workshop interchange JSON (see `medskapa schema`) from <json> ("-" for standard',
    'input), checks every field and every reference between rows, and only then writes <file>.',
    'On any mistake nothing is written and the first wrong field is named, e.g.',
    '  stickies[3].phaseId: refers to a phase that is not in the file',
    '".medskapa" is added to the name when missing. An existing file is never overwritten.'
  ].join('\n'),
  run: async (args) => {
    const { json, file } = parseCommandArgs(args, { positionals: ['json', 'file'], schema: Args })
    const target = withDocExt(file)
    if (fs.existsSync(target)) throw new CliFailure(`a file already exists at ${target}; it was left as it is`)
    const data = readJson(json)
    const opened = await withCore((core) => core.call('library.import', { json: data, path: target }))
    say(`Imported "${opened.title}" into ${opened.path}`)
  }
}
