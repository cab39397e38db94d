import type { PhaseKind } from '../../../../shared/domain/enums.ts'

// Simple line icons, one per phase kind; always shown beside the kind's name, never alone.
const PATHS: Record<PhaseKind, string> = {
  inform: 'M12 8v0M12 11v6M4 12a8 8 0 1 0 16 0 8 8 0 1 0-16 0',
  capture: 'M5 4h14v12l-4 4H5zM15 20v-4h4',
  cluster: 'M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z',
  reflect: 'M4 12c3-5 13-5 16 0-3 5-13 5-16 0zM12 10v4',
  vote: 'M6 12a2 2 0 1 0 4 0 2 2 0 1 0-4 0M14 12a2 2 0 1 0 4 0 2 2 0 1 0-4 0M10 6a2 2 0 1 0 4 0 2 2 0 1 0-4 0',
  invert: 'M7 4v16M7 20l-3-3M7 20l3-3M17 20V4M17 4l-3 3M17 4l3 3',
  effect_chain: 'M3 12h4M10 12h4M17 12h4M7 9v6M14 9v6',
  proposals: 'M12 3a6 6 0 0 1 4 10v3H8v-3a6 6 0 0 1 4-10zM9 20h6',
  responses: 'M4 5h16v10H9l-5 4z',
  free_notes: 'M5 4h14v16H5zM8 8h8M8 12h8M8 16h5'
}

export function PhaseKindIcon({ kind }: { kind: PhaseKind }): React.JSX.Element {
  return (
    <svg className="kind-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
