import { afterEach, expect } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/core.ts'
import type { ApiMethod } from '../../../src/shared/api/contract.ts'
import type { ApiErrorBody } from '../../../src/shared/api/errors.ts'
import type { Phase } from '../../../src/shared/domain/entities.ts'
import type { PhaseKind } from '../../../src/shared/domain/enums.ts'
import type { WorkshopData } from '../../../src/shared/domain/interchange.ts'
import { tempDir } from '../../helpers/tmp.ts'

const cores: Core[] = []
afterEach(() => {
  while (cores.length) cores.pop()?.close()
})

/** A real core over a real data folder (temp, removed after the test). */
export function startCore(dataDir = tempDir()): Core {
  const core = createCore({ dataDir, host: 'cli' })
  cores.push(core)
  return core
}

export interface Board {
  core: Core
  docId: string
  path: string
  dataDir: string
  phase(kind: PhaseKind): Phase
  read(): Promise<WorkshopData>
}

/** A fresh dystopia workshop (capture, cluster, reflect, vote, invert ... phases), no notes. */
export async function freshBoard(dataDir = tempDir()): Promise<Board> {
  const core = startCore(dataDir)
  const opened = await core.call('library.create', { title: 'Tavla', methodId: 'dystopia' })
  const first = (await core.call('workshop.get', { docId: opened.docId })).data
  return {
    core,
    docId: opened.docId,
    path: opened.path,
    dataDir,
    phase: (kind) => {
      const p = first.phases.find((x) => x.kind === kind)
      if (!p) throw new Error(`no ${kind} phase`)
      return p
    },
    read: async () => (await core.call('workshop.get', { docId: opened.docId })).data
  }
}

/** The whole document with every collection in id order, so row order cannot make snapshots differ. */
export function canonical(data: WorkshopData): WorkshopData {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    out[key] = Array.isArray(value) ? [...value].sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)) : value
  }
  return out as WorkshopData
}

export async function snapshot(board: Board): Promise<WorkshopData> {
  return canonical(await board.read())
}

/** The error a call answers with, through the envelope every transport uses. */
export async function failure(core: Core, method: ApiMethod, input: unknown): Promise<ApiErrorBody> {
  const r = await core.invoke(method, input)
  expect(r.ok, `${method} should have been refused`).toBe(false)
  if (r.ok) throw new Error('unreachable')
  return r.error
}

/** Add notes to a phase in one step; returns their ids in order. */
export async function addNotes(board: Board, phaseId: string, texts: string[]): Promise<string[]> {
  const { stickies } = await board.core.call('sticky.addMany', { docId: board.docId, phaseId, texts })
  return stickies.map((s) => s.id)
}

/** Notes of a cluster (or unsorted, null) in a phase, as texts in board order. */
export function textsIn(data: WorkshopData, phaseId: string, clusterId: string | null): string[] {
  return data.stickies
    .filter((s) => s.phaseId === phaseId && s.clusterId === clusterId && s.status === 'board')
    .sort((a, b) => a.position - b.position)
    .map((s) => s.text)
}
