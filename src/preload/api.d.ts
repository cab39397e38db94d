import type { PreloadApi } from '../shared/api/transport.ts'

// The preload's one global (PRELOAD_GLOBAL). Optional: in the browser host it is absent and the
// renderer talks HTTP instead.
declare global {
  interface Window {
    medskapa?: PreloadApi
  }
}

export {}
