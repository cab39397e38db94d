import type { ApiOutput } from '../../../shared/api/contract.ts'
import type { FileEntry, OpenedWorkshop } from '../../../shared/api/methods/library.ts'
import type { Language } from '../../../shared/domain/enums.ts'
import { toUiError, type UiError } from '../api/errors.ts'
import { requireApi } from './connectionSlice.ts'
import type { Slice } from './types.ts'

export interface LibraryState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  recent: FileEntry[]
  files: FileEntry[]
  error: UiError | null
}

export interface LibrarySlice {
  library: LibraryState
  appInfo: ApiOutput<'app.info'> | null
  loadLibrary(): Promise<void>
  loadAppInfo(): Promise<void>
  createWorkshop(input: { title: string; methodId: string; language: Language }): Promise<OpenedWorkshop>
  openDemo(): Promise<OpenedWorkshop>
  importWorkshop(json: unknown): Promise<OpenedWorkshop>
  forgetRecent(path: string): Promise<void>
}

export const createLibrarySlice: Slice<LibrarySlice> = (set, get) => ({
  library: { status: 'idle', recent: [], files: [], error: null },
  appInfo: null,

  async loadLibrary() {
    set((s) => ({ library: { ...s.library, status: s.library.status === 'ready' ? 'ready' : 'loading' } }))
    try {
      const { recent, files } = await requireApi(get()).call('library.list', {})
      set({ library: { status: 'ready', recent, files, error: null } })
    } catch (e) {
      set((s) => ({ library: { ...s.library, status: 'error', error: toUiError(e) } }))
    }
  },

  async loadAppInfo() {
    if (get().appInfo) return
    const appInfo = await requireApi(get()).call('app.info', {})
    set({ appInfo })
  },

  createWorkshop: (input) => requireApi(get()).call('library.create', input),
  openDemo: () => requireApi(get()).call('library.openDemo', {}),
  importWorkshop: (json) => requireApi(get()).call('library.import', { json }),

  async forgetRecent(path) {
    await requireApi(get()).call('library.forget', { path })
  }
})
