import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import { LATEST_VERSION } from '../../../src/main/db/migrations/index.ts'
import { toUiError } from '../../../src/renderer/src/api/errors.ts'
import { fileProblem } from '../../../src/renderer/src/views/backups/fileProblem.ts'
import { ApiError } from '../../../src/shared/api/errors.ts'
import { tempDir } from '../../helpers/tmp.ts'

// The start page names what is wrong with a workshop file from the problem the core's error
// carries. These are the core's real refusals, sent through the same error body the host and IPC
// send, so a problem lost on the way fails here rather than in front of a facilitator (who would
// then see only the generic "could not be opened").

const cores: Core[] = []
afterEach(() => {
  for (const c of cores.splice(0)) c.close()
})

/** A real workshop file, closed, then spoiled by `make`; the error the app gets opening it. */
async function openSpoiled(make: (file: string) => void) {
  const core = createCore({ dataDir: tempDir(), host: 'cli' })
  cores.push(core)
  const { docId, path: file } = await core.call('library.create', { title: 'Trygghet i Alby', methodId: 'dystopia' })
  await core.call('library.close', { docId })
  make(file)
  try {
    await core.call('library.open', { path: file })
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError)
    return toUiError(ApiError.fromBody((e as ApiError).toBody()))
  }
  throw new Error('the spoiled file opened')
}

describe('fileProblem names the core’s refusals', () => {
  it.each([
    ['damaged', (f: string) => fs.truncateSync(f, 4096)],
    ['notWorkshop', (f: string) => fs.writeFileSync(f, 'PK\u0003\u0004 not a database')],
    [
      'notWorkshop',
      (f: string) => {
        fs.rmSync(f)
        new Database(f).exec('CREATE TABLE contacts (name TEXT)').close()
      }
    ],
    [
      'newer',
      (f: string) => {
        const db = new Database(f)
        db.pragma(`user_version = ${LATEST_VERSION + 1}`)
        db.close()
      }
    ],
    ['missing', (f: string) => fs.rmSync(f)]
  ] as const)('%s', async (problem, make) => {
    const error = await openSpoiled(make)
    expect(fileProblem(error)).toBe(problem)
  })

  it('names nothing for an error that is not about the file', () => {
    expect(fileProblem({ code: 'invalid_input', detail: 'path: must not be empty' })).toBeNull()
    expect(fileProblem({ code: 'file', detail: 'the disk is full: the change was not saved' })).toBeNull()
    // The words alone name nothing: only the problem the core states counts.
    expect(fileProblem({ code: 'file', detail: 'the file is damaged (malformed)' })).toBeNull()
    expect(fileProblem({ code: 'file', detail: 'x', fileProblem: 'unreadable' })).toBeNull()
  })

  it('keeps the newest backup the core offers', () => {
    const backup = { path: path.join('b', 'x.medskapa'), takenAt: 1, sizeBytes: 2 }
    expect(toUiError(new ApiError('file', 'the file is damaged', undefined, { latestBackup: backup })).latestBackup).toEqual(backup)
  })
})
