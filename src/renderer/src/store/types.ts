import type { StateCreator } from 'zustand'
import type { ConnectionSlice } from './connectionSlice.ts'
import type { LibrarySlice } from './librarySlice.ts'
import type { ParticipantsSlice } from './participantsSlice.ts'
import type { UiSlice } from './uiSlice.ts'
import type { WorkshopSlice } from './workshopSlice.ts'

/** The one store: every slice sees the whole state, and each owns its own part of it. */
export type AppState = ConnectionSlice & LibrarySlice & WorkshopSlice & UiSlice & ParticipantsSlice

export type Slice<T> = StateCreator<AppState, [], [], T>
