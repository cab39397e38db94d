import { z } from 'zod'
import { Language } from '../../domain/enums.ts'
import { WorkshopFile } from '../../domain/interchange.ts'
import { method } from '../define.ts'

export const FileEntry = z.object({
  path: z.string(),
  title: z.string(),
  docId: z.string().nullable(),
  modifiedAt: z.number(),
  /** Set when the file could not be read; the start page shows why instead of hiding it. */
  problem: z.string().nullable()
})
export type FileEntry = z.infer<typeof FileEntry>

export const OpenedWorkshop = z.object({ docId: z.string(), path: z.string(), title: z.string() })
export type OpenedWorkshop = z.infer<typeof OpenedWorkshop>

const FilePath = z.string().min(1, 'must not be empty').max(4_096)

export const libraryMethods = {
  'app.info': method(
    z.object({}),
    z.object({
      version: z.string(),
      host: z.enum(['electron', 'browser', 'cli']),
      dataDir: z.string(),
      demoPath: z.string()
    }),
    'What this app is and where it keeps its files.'
  ),
  'library.list': method(
    z.object({}),
    z.object({ recent: z.array(FileEntry), files: z.array(FileEntry) }),
    'Recently opened workshops and the workshop files in the data folder.'
  ),
  'library.create': method(
    z.object({
      title: z.string().trim().min(1, 'must not be empty').max(200),
      methodId: z.string().max(64).default('dystopia'),
      language: Language.default('sv')
    }),
    OpenedWorkshop,
    'Create a new workshop file in the data folder from a method and open it.'
  ),
  'library.open': method(z.object({ path: FilePath }), OpenedWorkshop, 'Open an existing .medskapa file.'),
  'library.openDemo': method(
    z.object({}),
    OpenedWorkshop,
    'Open the demo workshop, creating it in the data folder the first time.'
  ),
  'library.close': method(z.object({ docId: z.string() }), z.object({}), 'Close an open workshop.'),
  'library.import': method(
    z.object({ json: z.unknown(), path: FilePath.optional() }),
    OpenedWorkshop,
    'Create a workshop file from the JSON interchange format; all or nothing.'
  ),
  'library.forget': method(z.object({ path: FilePath }), z.object({}), 'Remove a file from the recent list.'),
  'workshop.export': method(z.object({ docId: z.string() }), WorkshopFile, 'The whole workshop as interchange JSON.')
} as const
