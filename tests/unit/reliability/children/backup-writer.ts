// Child process for the killed-backup test: a workshop of a few megabytes, backed up every 20 ms
// while notes keep being written, until the parent kills it with SIGKILL.
import { createCore } from '../../../../src/main/core/core.ts'

const [dataDir] = process.argv.slice(2)
const core = createCore({ dataDir, host: 'electron', backups: { intervalMs: 20 } })
const ws = await core.call('library.openDemo', {})
const phaseId = (await core.call('workshop.get', { docId: ws.docId })).data.stickies[0].phaseId
// Big enough that one online backup takes many event-loop turns, so kills land inside copies.
await core.call('sticky.addMany', { docId: ws.docId, phaseId, texts: Array.from({ length: 1500 }, (_, i) => `${i} ${'ö'.repeat(900)}`) })
process.stdout.write(`READY ${ws.path}\n`)
for (let i = 0; ; i++) {
  const s = await core.call('sticky.add', { docId: ws.docId, phaseId, text: `Under säkerhetskopiering ${i}` })
  process.stdout.write(`ACK ${s.id}\n`)
  await new Promise((r) => setImmediate(r))
}
