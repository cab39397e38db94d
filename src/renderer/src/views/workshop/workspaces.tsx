import type { ComponentType } from 'react'
import type { PhaseKind } from '../../../../shared/domain/enums.ts'
import { BoardWorkspaces } from '../board/workspaces.ts'
import { FreeNotesWorkspace } from '../notes/FreeNotesWorkspace.tsx'
import { EffectChainWorkspace, ProposalsWorkspace, ResponsesWorkspace } from '../outcomes/workspaces.tsx'
import { CaptureField } from './CaptureField.tsx'
import { StickyWall } from './StickyWall.tsx'

/** What the main area shows for one phase kind, below the prompt. */
export type Workspace = ComponentType<{ docId: string; phaseId: string }>

/** The default: capture field and the wall of notes. */
function CaptureWorkspace({ docId }: { docId: string; phaseId: string }): React.JSX.Element {
  return (
    <>
      <CaptureField docId={docId} />
      <StickyWall docId={docId} />
    </>
  )
}

// Each capability registers the workspace of the phase kinds it owns here (one line each);
// kinds without an entry get the capture workspace.
const WORKSPACES: Partial<Record<PhaseKind, Workspace>> = {
  capture: BoardWorkspaces.capture,
  cluster: BoardWorkspaces.cluster,
  reflect: BoardWorkspaces.reflect,
  vote: BoardWorkspaces.vote,
  invert: BoardWorkspaces.invert,
  effect_chain: EffectChainWorkspace,
  proposals: ProposalsWorkspace,
  responses: ResponsesWorkspace,
  free_notes: FreeNotesWorkspace
}

export function workspaceFor(kind: PhaseKind): Workspace {
  return WORKSPACES[kind] ?? CaptureWorkspace
}
