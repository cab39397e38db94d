import { z } from 'zod'
import { parseCommandArgs, type Command } from '../command.ts'
import { say } from '../output.ts'
import { withCore } from '../session.ts'

const Args = z.object({
  backup: z.string().min(1, 'must not be empty'),
  target: z.string().min(1, 'must not be empty'),
  replace: z.boolean().optional()
})

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore a backup into a workshop file',
  usage: 'medskapa restore <backup> <target> [--replace]',
  help: [
    'Copies <backup> (see `medskapa backups <file>`) into <target>, checks the copy as the app',
    'opens a workshop (header, version, integrity) and upgrades it when it is older. The backup',
    'itself is not changed. ".medskapa" is added to <target> when missing.',
    '',
    'An existing <target> is never overwritten. With --replace it is moved aside, together with',
    'its -wal and -shm files, to "<target>.damaged-<time>" (kept, never deleted), once the copy',
    'is known to be good; use this to put a backup in place of a damaged file.',
    '',
    'Options:',
    '  --replace   move an existing <target> aside instead of refusing'
  ].join('\n'),
  run: async (args) => {
    const { backup, target, replace } = parseCommandArgs(args, {
      positionals: ['backup', 'target'],
      options: { replace: { type: 'boolean' } },
      schema: Args
    })
    const restored = await withCore((core) =>
      core.call('backup.restore', { backupPath: backup, targetPath: target, replace: replace === true })
    )
    say(`Restored "${restored.title}" into ${restored.path}`)
    if (restored.movedAside) say(`The file that was there is kept as ${restored.movedAside}`)
  }
}
