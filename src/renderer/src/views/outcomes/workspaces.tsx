import { EffectChainView } from './EffectChainView.tsx'
import { ProposalsView } from './ProposalsView.tsx'
import { ResponsesView } from './ResponsesView.tsx'

// The main area of the outcome phases. Effect rows, recommendations and answers belong to the
// whole workshop, not to the phase, so every such phase shows all of them.

export function EffectChainWorkspace({ docId }: { docId: string; phaseId: string }): React.JSX.Element {
  return <EffectChainView docId={docId} />
}

export function ProposalsWorkspace({ docId }: { docId: string; phaseId: string }): React.JSX.Element {
  return <ProposalsView docId={docId} />
}

export function ResponsesWorkspace({ docId }: { docId: string; phaseId: string }): React.JSX.Element {
  return <ResponsesView docId={docId} />
}
