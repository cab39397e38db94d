import { spawn } from 'node:child_process'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDocument, closeDocument } from '../../../src/main/db/open.ts'
import { tempDir } from '../../helpers/tmp.ts'

// SQLite's crash-test loop at the application level: a writer is killed with SIGKILL at random
// moments; every write it acknowledged must be there and the file must pass integrity_check.
// CI runs a few rounds; the full run (200) is `node scripts/reliability-full.cjs` (MEDSKAPA_CRASH_ROUNDS).
const ROUNDS = Number(process.env.MEDSKAPA_CRASH_ROUNDS ?? 12)
const writer = path.join(import.meta.dirname, '..', '..', 'helpers', 'crash-writer.ts')

function runAndKill(dataDir: string, killAfterMs: number): Promise<{ file: string; acked: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (d: string) => {
      out += d
      if (!timer && out.includes('READY ')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    })
    child.stderr.on('data', (d) => (err += d))
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited on its own: ${err}`))
      const lines = out.split('\n')
      const ready = lines.find((l) => l.startsWith('READY '))
      if (!ready) return reject(new Error(`writer never got ready: ${err}`))
      resolve({ file: ready.slice(6), acked: lines.filter((l) => l.startsWith('ACK ')).map((l) => l.slice(4)) })
    })
  })
}

describe('crash safety', () => {
  it(`keeps every acknowledged note through ${ROUNDS} SIGKILLs`, async () => {
    const dataDir = tempDir()
    const started = Date.now()
    let integrityOk = 0
    let missingTotal = 0
    let totalAcked = 0
    const undoneIds = new Set<string>()
    for (let round = 0; round < ROUNDS; round++) {
      const { file, acked } = await runAndKill(dataDir, 30 + Math.floor(Math.random() * 400))
      totalAcked += acked.length
      // The writer undoes some of its own notes (i % 11 === 0): those may legitimately be gone.
      acked.forEach((id, i) => {
        if (i % 11 === 0) undoneIds.add(id)
      })
      const db = openDocument(file)
      const check = db.pragma('integrity_check', { simple: true })
      if (check === 'ok') integrityOk++
      expect(check).toBe('ok')
      expect(db.pragma('foreign_key_check')).toEqual([])
      const present = new Set(
        (db.prepare('SELECT id FROM stickies').all() as { id: string }[]).map((r) => r.id)
      )
      const missing = acked.filter((id) => !present.has(id) && !undoneIds.has(id))
      missingTotal += missing.length
      expect(missing, `round ${round}: acknowledged notes missing`).toEqual([])
      closeDocument(db)
      const raw = new Database(file, { readonly: true })
      expect(raw.pragma('quick_check', { simple: true })).toBe('ok')
      raw.close()
    }
    console.log(
      `RELIABILITY crash rounds=${ROUNDS} acknowledged=${totalAcked} missing=${missingTotal} ` +
        `integrityOk=${integrityOk}/${ROUNDS} ms=${Date.now() - started}`
    )
    expect(totalAcked).toBeGreaterThan(ROUNDS)
  }, Math.max(120_000, ROUNDS * 10_000))
})
