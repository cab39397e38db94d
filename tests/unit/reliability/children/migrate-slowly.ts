// Child process for the killed-migration test: upgrades a workshop file with one extra, slow
// migration (a test-only list; the app's own list is untouched) and reports progress until the
// parent kills it with SIGKILL half-way.
import { LATEST_VERSION, migrate, MIGRATIONS, type Migration } from '../../../../src/main/db/migrations/index.ts'
import { openDocument } from '../../../../src/main/db/open.ts'
import type { WritableDB } from '../../../../src/main/db/types.ts'

const [file] = process.argv.slice(2)
const db = openDocument(file)
// A small page cache makes SQLite spill the unfinished transaction into the WAL early, so the
// kill lands while uncommitted pages are already on disk.
db.pragma('cache_size = 50')

const slow: Migration = {
  version: LATEST_VERSION + 1,
  name: 'test-only slow rewrite',
  up: (d: WritableDB) => {
    d.exec('CREATE TABLE migration_scratch (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)')
    // Rewrites rows the file already has, not only new ones: a torn write would damage old data.
    d.exec("ALTER TABLE stickies ADD COLUMN migrated_note TEXT NOT NULL DEFAULT ''")
    const touch = d.prepare("UPDATE stickies SET migrated_note = ?, text = text || '' WHERE rowid % 5 = ?")
    const add = d.prepare('INSERT INTO migration_scratch (payload) VALUES (?)')
    const pause = new Int32Array(new SharedArrayBuffer(4))
    for (let step = 0; step < 100_000; step++) {
      touch.run(`steg ${step}`, step % 5)
      for (let i = 0; i < 10; i++) add.run(`${step}:${i} ${'x'.repeat(400)}`)
      process.stdout.write(`STEP ${step}\n`)
      // About a millisecond a step: slow enough to be killed anywhere, without filling the disk.
      Atomics.wait(pause, 0, 0, 1)
    }
  }
}

migrate(db, [...MIGRATIONS, slow])
process.stdout.write('DONE\n')
db.close()
