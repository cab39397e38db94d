import { openOutcomes, type OutcomesTab } from '../views/outcomes/outcomesView.ts'
import type { Command, CommandContext } from './types.ts'

const inWorkshop = ({ route, state }: CommandContext): boolean =>
  route.name === 'workshop' && state.activeDocId !== null && state.workshops[state.activeDocId]?.status === 'ready'

/**
 * Open a side panel by its tab. The panels' open state belongs to the workshop view's side bar, so
 * the command presses the tab as a person would, then puts the focus inside the panel.
 */
function openPanel(id: string, focusSelector: string): void {
  const tab = document.getElementById(`side-tab-${id}`)
  if (!tab) return
  if (tab.getAttribute('aria-selected') !== 'true') tab.click()
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(`#side-panel-${id} ${focusSelector}`)
    ;(target ?? tab).focus()
  })
}

const show = (tab: OutcomesTab) => () => openOutcomes(tab)

export const outcomesCommands: readonly Command[] = [
  {
    id: 'notes.open',
    label: (t) => t('outcomes.commands.openNotes'),
    group: 'workshop',
    // Alt+N: N alone makes a new sticky; with Alt it is free, also while typing on the board.
    shortcuts: [{ key: 'n', alt: true }],
    inTextFields: true,
    enabled: inWorkshop,
    run: () => openPanel('notes', '[contenteditable="true"]')
  },
  {
    id: 'privacy.open',
    label: (t) => t('outcomes.commands.openPrivacy'),
    group: 'workshop',
    enabled: inWorkshop,
    run: () => openPanel('privacy', 'button')
  },
  { id: 'outcomes.effectChain', label: (t) => t('outcomes.commands.showEffectChain'), group: 'workshop', enabled: inWorkshop, run: show('effects') },
  { id: 'outcomes.proposals', label: (t) => t('outcomes.commands.showProposals'), group: 'workshop', enabled: inWorkshop, run: show('proposals') },
  { id: 'outcomes.answers', label: (t) => t('outcomes.commands.showAnswers'), group: 'workshop', enabled: inWorkshop, run: show('answers') }
]
