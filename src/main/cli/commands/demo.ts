import { z } from 'zod'
import { demoWorkshop } from '../../core/demo.ts'
import { systemIds } from '../../core/ids.ts'
import { parseCommandArgs, type Command } from '../command.ts'
import { say } from '../output.ts'
import { withDocExt } from '../paths.ts'
import { withCore } from '../session.ts'

const Args = z.object({ file: z.string().min(1, 'must not be empty') })

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Create the demo workshop (a short dystopia exercise) in a new file',
  usage: 'medskapa demo <file>',
  help: [
    'Creates a new workshop file holding the demo: a dystopia exercise in its capture phase with a',
    'handful of notes. ".medskapa" is added to the name when missing. An existing file is never',
    'overwritten.'
  ].join('\n'),
  run: async (args) => {
    const { file } = parseCommandArgs(args, { positionals: ['file'], schema: Args })
    const target = withDocExt(file)
    await withCore((core) => core.docs.createFrom(target, demoWorkshop(systemIds)))
    say(`Created the demo workshop at ${target}`)
  }
}
