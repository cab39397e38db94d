import { z } from 'zod'
import { Backups, localTime } from '../../core/backup.ts'
import { defaultDataDir } from '../../core/library.ts'
import { hexId, inspectDocument, type Inspection } from '../../db/inspect.ts'
import { APPLICATION_ID } from '../../db/open.ts'
import { parseCommandArgs, type Command } from '../command.ts'
import { prettyJson } from '../output.ts'

const Args = z.object({ file: z.string().min(1, 'must not be empty'), json: z.boolean().optional() })

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`
  return `${(n / 1024 / 1024).toFixed(1)} MiB`
}

function report(r: Inspection): string {
  const lines: string[] = [`File:            ${r.path}`]
  const row = (label: string, value: string): void => {
    lines.push(`${`${label}:`.padEnd(17)}${value}`)
  }
  if (r.sizeBytes !== null) row('Size', formatBytes(r.sizeBytes))
  if (r.journalMode) {
    const wal = r.walBytes !== null ? ` (write-ahead log beside it: ${formatBytes(r.walBytes)})` : ''
    row('Journal', `${r.journalMode === 'wal' ? 'WAL' : 'rollback'}${wal}`)
  }
  if (r.applicationId !== null) {
    row('Application id', `${hexId(r.applicationId)} (${r.applicationIdMatches ? 'Medskapa' : `not Medskapa's ${hexId(APPLICATION_ID)}`})`)
  }
  if (r.userVersion !== null && r.applicationIdMatches) {
    const rel = r.userVersion === r.latestVersion ? 'current' : r.userVersion > r.latestVersion ? 'NEWER than this app' : 'older'
    row('Schema version', `${r.userVersion} (this app: ${r.latestVersion}; ${rel})`)
  }
  if (r.readVia) row('Read from', r.readVia === 'live' ? 'the file in place (it is open or was not closed)' : 'a private copy')
  if (r.integrity) row('Integrity', r.integrity.length === 1 && r.integrity[0] === 'ok' ? 'ok' : `${r.integrity.length} error(s)`)
  if (r.foreignKeyViolations) {
    row('References', r.foreignKeyViolations.length === 0 ? 'ok' : `${r.foreignKeyViolations.length} broken`)
  }
  if (r.workshopTitle !== null) row('Workshop', r.workshopTitle)
  if (r.tables.length > 0) {
    lines.push('Rows:')
    const width = Math.max(...r.tables.map((t) => t.name.length))
    for (const t of r.tables) lines.push(`  ${t.name.padEnd(width)}  ${String(t.rows).padStart(7)}`)
  }
  for (const note of r.notes) lines.push(`Note: ${note}`)
  if (r.integrity && r.integrity[0] !== 'ok') for (const m of r.integrity) lines.push(`  integrity: ${m}`)
  for (const v of r.foreignKeyViolations ?? []) lines.push(`  broken reference: ${v.table} row ${v.rowid ?? '?'} → ${v.parent}`)
  lines.push(r.problems.length === 0 ? 'Result:          ok' : `Result:          ${r.problems.length} problem(s)`)
  for (const p of r.problems) lines.push(`  - ${p}`)
  return `${lines.join('\n')}\n`
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a workshop file without changing it',
  usage: 'medskapa check <file> [--json]',
  help: [
    "Reads the file without writing to it (nor creating anything beside it) and reports: SQLite's",
    'integrity and foreign key checks, the application id, the schema version against this app,',
    'and how many rows each table holds. Works on a file left in WAL mode, including one that is',
    'open in Medskapa right now.',
    '',
    'Options:',
    '  --json   print the findings as JSON',
    '',
    'Exit code 0 when the file is sound, 1 on any problem (missing, not a Medskapa file, written',
    'by a newer Medskapa, damaged, broken references, no workshop in it).'
  ].join('\n'),
  run: async (args) => {
    const { file, json } = parseCommandArgs(args, {
      positionals: ['file'],
      options: { json: { type: 'boolean' } },
      schema: Args
    })
    const r = inspectDocument(file)
    process.stdout.write(json ? prettyJson(r) : report(r))
    if (r.problems.length === 0) return 0
    process.stderr.write(`medskapa check: ${r.path}: ${r.problems[0]}${r.problems.length > 1 ? ` (and ${r.problems.length - 1} more)` : ''}\n`)
    const backup = new Backups(defaultDataDir(), { auto: false }).latestFor(file)
    if (backup) {
      process.stderr.write(
        `medskapa check: the newest backup of this file is from ${localTime(backup.takenAt)}: ${backup.path}\n` +
          `  restore it with: medskapa restore "${backup.path}" <new file>\n`
      )
    }
    return 1
  }
}
