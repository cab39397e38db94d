import { expect } from 'vitest'
import type { ApiErrorBody } from '../../../src/shared/api/errors.ts'
import type { ApiMethod } from '../../../src/shared/api/contract.ts'
import type { WorkshopData } from '../../../src/shared/domain/interchange.ts'
import { createCore, type Core } from '../../../src/main/core/core.ts'

export const T0 = Date.UTC(2025, 2, 12, 9, 0, 0)

/** A clock the test moves by hand, handed to the core as its `clock`. */
export class TestClock {
  t = T0
  readonly now = (): number => this.t
  advance(ms: number): void {
    this.t += ms
  }
}

export function startCore(dataDir: string, clock?: TestClock): Core {
  return createCore({ dataDir, host: 'cli', clock: clock?.now })
}

export async function newWorkshop(core: Core, methodId: string, title = 'Testverkstad'): Promise<{ docId: string; path: string }> {
  const opened = await core.call('library.create', { title, methodId })
  return { docId: opened.docId, path: opened.path }
}

export async function read(core: Core, docId: string): Promise<WorkshopData> {
  return (await core.call('workshop.get', { docId })).data
}

/** The error a call answers with, through the same envelope every transport uses. */
export async function failure(core: Core, method: ApiMethod, input: unknown): Promise<ApiErrorBody> {
  const r = await core.invoke(method, input)
  expect(r.ok, `${method} should have been refused`).toBe(false)
  if (r.ok) throw new Error('unreachable')
  return r.error
}

export function phasesOfMeeting(data: WorkshopData, meetingId: string): WorkshopData['phases'] {
  return data.phases.filter((p) => p.meetingId === meetingId).sort((a, b) => a.position - b.position)
}

export function firstMeeting(data: WorkshopData): WorkshopData['meetings'][number] {
  return [...data.meetings].sort((a, b) => a.position - b.position)[0]
}
