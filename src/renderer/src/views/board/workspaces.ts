import { InvertWorkspace } from './InvertWorkspace.tsx'
import { CaptureWorkspace, ClusterWorkspace } from './NoteWorkspace.tsx'
import { ReflectWorkspace } from './ReflectWorkspace.tsx'
import { VoteWorkspace } from './VoteWorkspace.tsx'

/** The board's workspaces by phase kind, registered in views/workshop/workspaces.tsx. */
export const BoardWorkspaces = {
  capture: CaptureWorkspace,
  cluster: ClusterWorkspace,
  reflect: ReflectWorkspace,
  vote: VoteWorkspace,
  invert: InvertWorkspace
} as const
