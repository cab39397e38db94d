import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { fromZodError, type ApiErrorBody, type Envelope } from '../../shared/api/errors.ts'
import { IPC_CHOOSE_FILE, IPC_EVENT, IPC_INVOKE } from '../../shared/api/transport.ts'
import type { Core } from '../core/core.ts'
import { ChooseFileKind, chooseFile } from './dialogs.ts'
import type { ApiEvent } from '../../shared/api/events.ts'
import type { ShellWindows, WindowRole } from './windows.ts'

export interface IpcDeps {
  readonly core: Core
  readonly windows: ShellWindows
  isAppUrl(url: string): boolean
}

type Sender = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>

/**
 * Null when the message comes from the main frame of one of our windows showing our page;
 * otherwise why not. Iframes and foreign pages can reach ipcRenderer too (checklist: "validate
 * the sender of all IPC messages"), so the frame, the window and the URL are all checked.
 */
export function senderProblem(event: Sender, deps: Pick<IpcDeps, 'windows' | 'isAppUrl'>): string | null {
  const frame = event.senderFrame
  if (!frame) return 'the sending frame is gone'
  if (!deps.windows.owns(event.sender)) return 'the sender is not a Medskapa window'
  const main = event.sender.mainFrame
  // Distinct WebFrameMain objects for one frame share processId and routingId (Electron docs).
  const isMainFrame = frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId
  if (!isMainFrame) return 'only the main frame may call the API'
  if (!deps.isAppUrl(frame.url)) return 'the sending page is not Medskapa'
  return null
}

/** The only method a projector window may call, and only for its own workshop: it reads, never writes. */
export const PROJECTOR_WINDOW_METHODS: ReadonlySet<string> = new Set(['projector.view'])

/** Null when a projector window may make this call; otherwise why not. */
export function projectorCallProblem(role: WindowRole, method: unknown, input: unknown): string | null {
  if (role.kind !== 'projector') return null
  if (typeof method !== 'string' || !PROJECTOR_WINDOW_METHODS.has(method)) {
    return 'a projector window may only read its projector view'
  }
  if ((input as { docId?: unknown } | null)?.docId !== role.docId) return 'a projector window may only read its own workshop'
  return null
}

/** What a window receives: a projector window only its own workshop's projector view. */
export function eventReaches(role: WindowRole, event: ApiEvent): boolean {
  if (role.kind === 'facilitator') return true
  return event.type === 'projector' && event.docId === role.docId
}

function forbidden(problem: string): Envelope<never> {
  const error: ApiErrorBody = { code: 'forbidden', message: `IPC refused: ${problem}` }
  return { ok: false, error }
}

/** Answer IPC_INVOKE with the core; method and input are untrusted and the core validates them. */
export async function handleInvoke(deps: IpcDeps, event: Sender, method: unknown, input: unknown): Promise<Envelope<unknown>> {
  const problem = senderProblem(event, deps)
  if (problem) return forbidden(problem)
  const role = deps.windows.roleOf(event.sender)
  const roleProblem = role ? projectorCallProblem(role, method, input) : 'the sender is not a Medskapa window'
  if (roleProblem) return forbidden(roleProblem)
  return deps.core.invoke(method, input)
}

export async function handleChooseFile(deps: IpcDeps, event: Sender, kind: unknown): Promise<Envelope<string | null>> {
  const problem = senderProblem(event, deps)
  if (problem) return forbidden(problem)
  if (deps.windows.roleOf(event.sender)?.kind !== 'facilitator') return forbidden('a projector window opens no dialogs')
  const parsed = ChooseFileKind.safeParse(kind)
  if (!parsed.success) return { ok: false, error: fromZodError(parsed.error, 'Invalid file kind').toBody() }
  try {
    return { ok: true, value: await chooseFile(parsed.data, BrowserWindow.fromWebContents(event.sender)) }
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: `the file dialog failed: ${(e as Error).message}` } }
  }
}

/** Register the two handlers and forward core events to every window; returns an undo for tests and quit. */
export function registerIpc(deps: IpcDeps): () => void {
  ipcMain.handle(IPC_INVOKE, (event, method: unknown, input: unknown) => handleInvoke(deps, event, method, input))
  ipcMain.handle(IPC_CHOOSE_FILE, (event, kind: unknown) => handleChooseFile(deps, event, kind))
  const unsubscribe = deps.core.subscribe((apiEvent) => deps.windows.send(IPC_EVENT, apiEvent, (role) => eventReaches(role, apiEvent)))
  return () => {
    unsubscribe()
    ipcMain.removeHandler(IPC_INVOKE)
    ipcMain.removeHandler(IPC_CHOOSE_FILE)
  }
}
