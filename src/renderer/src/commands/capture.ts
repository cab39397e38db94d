import type { Command } from './types.ts'

export const captureCommands: readonly Command[] = [
  {
    id: 'capture.focus',
    label: 'focusCapture',
    group: 'capture',
    // Single keys, as in whiteboard tools ("N" for a new note); never while typing.
    shortcuts: [{ key: 'n' }, { key: '/' }],
    enabled: ({ route }) => route.name === 'workshop',
    run: ({ state }) => state.requestFocus('capture')
  }
]
