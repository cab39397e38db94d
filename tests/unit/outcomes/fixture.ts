import path from 'node:path'
import { afterEach } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import type { ApiErrorBody } from '../../../src/shared/api/errors.ts'
import type { Countermeasure, Sticky } from '../../../src/shared/domain/entities.ts'
import type { WorkshopFile } from '../../../src/shared/domain/interchange.ts'
import { tempDir } from '../../helpers/tmp.ts'

const cores: Core[] = []
afterEach(() => {
  while (cores.length) cores.pop()?.close()
})

export function newCore(dataDir = tempDir()): Core {
  const core = createCore({ dataDir, host: 'cli' })
  cores.push(core)
  return core
}

/** The error a call ends in (the envelope a transport would send), or a failure if it succeeded. */
export async function failure(core: Core, method: string, input: unknown): Promise<ApiErrorBody> {
  const r = await core.invoke(method, input)
  if (r.ok) throw new Error(`${method} was expected to fail but returned ${JSON.stringify(r.value)}`)
  return r.error
}

export const COUNTERMEASURES = [
  { text: 'Kartlägga vilka som saknar papperskorgar', owner: 'TEK', due: 'Q3 2025' },
  { text: 'Öppna fritidsgården på kvällstid', owner: 'FOF och Kultur- och fritidsförvaltningen', due: '' },
  { text: 'Utreda ett boenderåd med AB-Bostäder', owner: 'SBF, AB-Bostäder', due: '2026' }
]

/**
 * A workshop made the way a facilitator would, with the dystopia notes and their countermeasures
 * brought in through the interchange format (a real path into the file: library.import).
 */
export async function workshopWithCountermeasures(core: Core): Promise<{
  docId: string
  stickies: Sticky[]
  countermeasures: Countermeasure[]
  clusterId: string
  meetingId: string
  phaseId: string
  /** A second meeting's phase, for checks that a phase belongs to its meeting. */
  otherPhaseId: string
}> {
  const made = await core.call('library.create', { title: 'Effektkedja Norrby' })
  const file = JSON.parse(JSON.stringify(await core.call('workshop.export', { docId: made.docId }))) as WorkshopFile
  await core.call('library.close', { docId: made.docId })
  const phase = file.phases.find((p) => p.kind === 'invert') ?? file.phases[0]
  const now = Date.now()
  file.clusters.push({
    id: 'cl-1',
    phaseId: phase.id,
    title: 'Ökad trygghet i Norrby',
    titleCustom: true,
    position: 1,
    collapsed: false,
    happening: true,
    createdAt: now
  })
  COUNTERMEASURES.forEach((c, i) => {
    file.stickies.push({
      id: `st-${i}`,
      phaseId: phase.id,
      text: `Dystopi ${i + 1}`,
      colour: 'pink',
      authorLabel: null,
      hidden: false,
      source: 'facilitator',
      status: 'board',
      clusterId: 'cl-1',
      position: i + 1,
      happening: true,
      createdAt: now,
      updatedAt: now
    })
    file.countermeasures.push({ id: `cm-${i}`, stickyId: `st-${i}`, clusterId: null, ...c, position: i + 1, createdAt: now })
  })
  file.meetings.push({ id: 'mt-2', position: 2, title: 'Uppföljning', date: null, place: '', status: 'planned', participantCount: null })
  file.phases.push({
    ...phase,
    id: 'ph-2',
    meetingId: 'mt-2',
    kind: 'free_notes',
    title: 'Anteckningar',
    state: 'pending'
  })
  const opened = await core.call('library.import', { json: file, path: path.join(tempDir(), 'norrby.medskapa') })
  const { data } = await core.call('workshop.get', { docId: opened.docId })
  return {
    docId: opened.docId,
    stickies: data.stickies,
    countermeasures: data.countermeasures,
    clusterId: 'cl-1',
    meetingId: phase.meetingId,
    phaseId: phase.id,
    otherPhaseId: 'ph-2'
  }
}
