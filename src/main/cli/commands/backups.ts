import { z } from 'zod'
import type { BackupSet } from '../../../shared/api/methods/backup.ts'
import { Backups, localTime } from '../../core/backup.ts'
import { defaultDataDir } from '../../core/library.ts'
import { parseCommandArgs, type Command } from '../command.ts'
import { prettyJson } from '../output.ts'

const Args = z.object({ file: z.string().min(1, 'must not be empty'), json: z.boolean().optional() })

function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`
  return `${(n / 1024 / 1024).toFixed(1)} MiB`
}

function describe(file: string, root: string, set: BackupSet | undefined): string {
  if (!set || set.backups.length === 0) return `No backups of ${file} in ${root}\n`
  const lines = [`Backups of ${file}, newest first (local time):`]
  for (const b of set.backups) lines.push(`  ${localTime(b.takenAt)}  ${formatBytes(b.sizeBytes).padStart(10)}  ${b.path}`)
  lines.push('', 'Restore one into a new file with: medskapa restore <backup> <new file>')
  return `${lines.join('\n')}\n`
}

export const backupsCommand: Command = {
  name: 'backups',
  summary: "List a workshop file's automatic backups",
  usage: 'medskapa backups <file> [--json]',
  help: [
    'Medskapa backs up every open workshop into its data folder: when the workshop is opened,',
    'every 10 minutes while it changes, and when it is closed; the 10 newest are kept. This lists',
    'the backups of <file>, which may be damaged or gone, newest first. Nothing is changed.',
    'The data folder is MEDSKAPA_DATA_DIR when set, else the platform\'s application data folder.',
    '',
    'Options:',
    '  --json   print the list as JSON',
    '',
    'Exit code 0, also when there are no backups.'
  ].join('\n'),
  run: async (args) => {
    const { file, json } = parseCommandArgs(args, { positionals: ['file'], options: { json: { type: 'boolean' } }, schema: Args })
    const backups = new Backups(defaultDataDir(), { auto: false })
    const set = backups.list({ path: file })[0]
    process.stdout.write(json ? prettyJson(set ?? { folder: backups.folderFor(file), sourcePath: null, backups: [], lastError: null }) : describe(file, backups.root, set))
  }
}
