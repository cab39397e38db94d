import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { createCore } from '../src/main/core/core.ts'
import { createDocument } from '../src/main/db/open.ts'
import { summarize, type Sample } from './stats.ts'

/**
 * Budget 1: saving a sticky through the API (validation, transaction, undo record, event) against a
 * bare better-sqlite3 insert of the same row with the same pragmas, interleaved in one process so
 * both see the same disk and the same noise. The bare file is made by the same createDocument, so
 * it has the same schema, indexes and pragmas (WAL, synchronous=FULL, foreign keys, secure_delete).
 */
export async function benchSaveNote(rounds = 5, perRound = 200): Promise<{ api: Sample; bare: Sample; ratio: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medskapa-bench-'))
  try {
    const core = createCore({ dataDir: dir, host: 'cli' })
    const ws = await core.call('library.openDemo', {})
    const { data } = await core.call('workshop.get', { docId: ws.docId })
    const phaseId = data.stickies[0].phaseId

    const bare = createDocument(path.join(dir, 'bare.medskapa')) as unknown as Database.Database
    bare.prepare("INSERT INTO meetings (id, position) VALUES ('m', 1)").run()
    bare.prepare("INSERT INTO phases (id, meeting_id, position, kind) VALUES ('p', 'm', 1, 'capture')").run()
    const insert = bare.prepare(
      `INSERT INTO stickies (id, phase_id, text, colour, author_label, hidden, source, status, cluster_id, position, happening, created_at, updated_at)
       VALUES (?, 'p', ?, 'yellow', NULL, 0, 'facilitator', 'board', NULL, ?, 0, ?, ?)`
    )

    const apiTimes: number[] = []
    const bareTimes: number[] = []
    let n = 0
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < perRound; i++) {
        n++
        const text = `Anteckning nummer ${n}: otrygga gångtunnlar vid stationen`
        let t = process.hrtime.bigint()
        await core.call('sticky.add', { docId: ws.docId, phaseId, text })
        apiTimes.push(Number(process.hrtime.bigint() - t) / 1e6)
        // The same kind of id as the API's (a random UUID), made outside the timed part like the text.
        const id = randomUUID()
        t = process.hrtime.bigint()
        insert.run(id, text, n, Date.now(), Date.now())
        bareTimes.push(Number(process.hrtime.bigint() - t) / 1e6)
      }
    }
    bare.close()
    core.close()
    const api = summarize(apiTimes)
    const bareS = summarize(bareTimes)
    return { api, bare: bareS, ratio: api.median / bareS.median }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
