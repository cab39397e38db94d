import { z } from 'zod'
import { method } from '../define.ts'

const FilePath = z.string().min(1, 'must not be empty').max(4_096)

/** One automatic backup: a complete, checked copy of a workshop file in the data folder. */
export const BackupEntry = z.object({
  path: z.string(),
  /** When it was taken (epoch milliseconds; the file name holds the same moment in UTC). */
  takenAt: z.number(),
  sizeBytes: z.number().int().nonnegative()
})
export type BackupEntry = z.infer<typeof BackupEntry>

/** The backups of one workshop file, newest first. */
export const BackupSet = z.object({
  folder: z.string(),
  /** The workshop file they were taken from, as it was last seen; null when not recorded. */
  sourcePath: z.string().nullable(),
  backups: z.array(BackupEntry),
  /** Why the latest automatic backup of an open workshop failed, if it did. */
  lastError: z.string().nullable()
})
export type BackupSet = z.infer<typeof BackupSet>

export const RestoredWorkshop = z.object({
  docId: z.string(),
  path: z.string(),
  title: z.string(),
  /** Where the file that was replaced now lies (`<name>.damaged-<time>`), when one was. */
  movedAside: z.string().nullable()
})
export type RestoredWorkshop = z.infer<typeof RestoredWorkshop>

export const backupMethods = {
  'backup.list': method(
    z.object({ docId: z.string().max(64).optional(), path: FilePath.optional() }),
    z.object({ sets: z.array(BackupSet) }),
    'Automatic backups: of one workshop (by docId or file path), or of every workshop when neither is given.'
  ),
  'backup.latestFor': method(
    z.object({ path: FilePath }),
    z.object({ backup: BackupEntry.nullable() }),
    'The newest backup of a workshop file, found by its path even when the file is damaged or gone.'
  ),
  'backup.create': method(
    z.object({ docId: z.string() }),
    z.object({ backup: BackupEntry, created: z.boolean() }),
    'Back up an open workshop now; created is false when the newest backup already holds exactly this.'
  ),
  'backup.restore': method(
    z.object({
      backupPath: FilePath,
      /** Default: a new file beside the original, "<name>-restored-<time>.medskapa". */
      targetPath: FilePath.optional(),
      /** An existing target is moved aside to "<name>.damaged-<time>", never overwritten; without this it is refused. */
      replace: z.boolean().default(false)
    }),
    RestoredWorkshop,
    'Restore a backup into a workshop file and open it; the backup itself is left as it is.'
  )
} as const
