// Child process for the crash test: writes notes through the real core and prints "ACK <id>" after
// each write has committed, until the parent kills it with SIGKILL.
import { createCore } from '../../src/main/core/core.ts'

const [dataDir] = process.argv.slice(2)
const core = createCore({ dataDir, host: 'cli' })
const ws = await core.call('library.openDemo', {})
const { data } = await core.call('workshop.get', { docId: ws.docId })
const phaseId = data.stickies[0].phaseId
process.stdout.write(`READY ${ws.path}\n`)
for (let i = 0; ; i++) {
  const s = await core.call('sticky.add', { docId: ws.docId, phaseId, text: `Kraschtest ${i} – åäö ${'x'.repeat(i % 200)}` })
  // On Linux, writes to a pipe are synchronous: once this returns the parent can read it.
  process.stdout.write(`ACK ${s.id}\n`)
  if (i % 7 === 0) await core.call('sticky.update', { docId: ws.docId, id: s.id, patch: { colour: 'pink' } })
  if (i % 11 === 0) await core.call('history.undo', { docId: ws.docId })
}
