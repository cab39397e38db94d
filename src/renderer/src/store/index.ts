import { create } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { createConnectionSlice } from './connectionSlice.ts'
import { createLibrarySlice } from './librarySlice.ts'
import { createParticipantsSlice } from './participantsSlice.ts'
import type { AppState } from './types.ts'
import { createUiSlice } from './uiSlice.ts'
import { createWorkshopSlice } from './workshopSlice.ts'

/**
 * The app's one store. Components reach zustand only through this module (lint enforces it):
 * select narrowly, and wrap derived arrays and objects in useShallow.
 */
export const useAppStore = create<AppState>()((...a) => ({
  ...createConnectionSlice(...a),
  ...createLibrarySlice(...a),
  ...createWorkshopSlice(...a),
  ...createUiSlice(...a),
  ...createParticipantsSlice(...a)
}))

export { useShallow }
export type { AppState } from './types.ts'
export type { WorkshopCache } from './workshopSlice.ts'
export type { LibraryState } from './librarySlice.ts'
export type { Toast, FocusTarget } from './uiSlice.ts'
export type { EntityTables } from './entities.ts'
export * from './selectors.ts'
export { selectParticipants } from './participantsSlice.ts'
