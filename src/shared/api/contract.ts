import type { z } from 'zod'
import type { ApiEvent } from './events.ts'
import { libraryMethods } from './methods/library.ts'
import { workshopMethods } from './methods/workshop.ts'
import { boardMethods } from './methods/board.ts'
import { runMethods } from './methods/run.ts'
import { templatesMethods } from './methods/templates.ts'
import { notesMethods } from './methods/notes.ts'
import { outcomesMethods } from './methods/outcomes.ts'
import { privacyMethods } from './methods/privacy.ts'
import { reportMethods } from './methods/report.ts'
import { participantsMethods } from './methods/participants.ts'
import { projectorMethods } from './methods/projector.ts'
import { summariesMethods } from './methods/summaries.ts'
import { backupMethods } from './methods/backup.ts'

/**
 * The one API contract. Every transport (Electron IPC, the browser host, the CLI) and the core
 * are typed from this map; each capability adds its methods file here.
 */
export const API = {
  ...libraryMethods,
  ...workshopMethods,
  ...boardMethods,
  ...runMethods,
  ...templatesMethods,
  ...notesMethods,
  ...outcomesMethods,
  ...privacyMethods,
  ...reportMethods,
  ...participantsMethods,
  ...projectorMethods,
  ...summariesMethods,
  ...backupMethods
} as const

export type Api = typeof API
export type ApiMethod = keyof Api
export type ApiInput<M extends ApiMethod> = z.input<Api[M]['input']>
export type ApiParsedInput<M extends ApiMethod> = z.output<Api[M]['input']>
export type ApiOutput<M extends ApiMethod> = z.output<Api[M]['output']>

export const API_METHODS = Object.keys(API) as ApiMethod[]

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(API, name)
}

/** What every transport gives the renderer: call a method, listen to change events. */
export interface ApiClient {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>
  subscribe(listener: (event: ApiEvent) => void): () => void
}
