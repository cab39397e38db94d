import type { TFunction } from 'i18next'
import type { ComponentType } from 'react'
import { BackupsButton } from '../backups/BackupsButton.tsx'
import { CarryForwardPanel } from '../run/CarryForward.tsx'
import { NotesPanel } from '../notes/NotesPanel.tsx'
import { OutcomesButton } from '../outcomes/OutcomesDialog.tsx'
import { InboxBadge } from '../participants/InboxBadge.tsx'
import { InboxPanel } from '../participants/InboxPanel.tsx'
import { ParticipantsButton } from '../participants/ParticipantsButton.tsx'
import { PresenterButton } from '../presenter/PresenterButton.tsx'
import { PresenterPanel } from '../presenter/PresenterPanel.tsx'
import { PrivacyPanel } from '../privacy/PrivacyPanel.tsx'
import { ExportReportButton } from '../report/ExportReportButton.tsx'
import { SummaryButton } from '../summary/SummaryButton.tsx'

/** A side panel beside the main area (notes, participants' inbox, projector preview …). */
export interface SidePanel {
  id: string
  /** The tab's name, from the feature's strings: (t) => t('notes.panel'). */
  label: (t: TFunction) => string
  component: ComponentType<{ docId: string }>
  /** A live count beside the tab's name (notes waiting in the inbox …); renders nothing when there is none. */
  badge?: ComponentType<{ docId: string }>
}

/** A button in the workshop's top bar (export report, projector, let participants join …). */
export interface ToolbarAction {
  id: string
  component: ComponentType<{ docId: string }>
}

// Each capability adds its panel or toolbar action here, one line each, in display order.
export const SIDE_PANELS: SidePanel[] = [
  { id: 'carry-forward', label: (t) => t('run.carry.panel'), component: CarryForwardPanel },
  { id: 'notes', label: (t) => t('outcomes.notes.panel'), component: NotesPanel },
  { id: 'privacy', label: (t) => t('outcomes.privacy.panel'), component: PrivacyPanel },
  { id: 'projector', label: (t) => t('projector.presenter.panel'), component: PresenterPanel },
  { id: 'inbox', label: (t) => t('participants.inbox.tab'), component: InboxPanel, badge: InboxBadge }
]
export const TOOLBAR_ACTIONS: ToolbarAction[] = [
  { id: 'projector', component: PresenterButton },
  { id: 'report', component: ExportReportButton },
  { id: 'summary', component: SummaryButton },
  { id: 'outcomes', component: OutcomesButton },
  { id: 'participants', component: ParticipantsButton },
  { id: 'backups', component: BackupsButton }
]
