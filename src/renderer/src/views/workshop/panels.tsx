import type { TFunction } from 'i18next'
import type { ComponentType } from 'react'

/** A side panel beside the main area (notes, participants' inbox, projector preview …). */
export interface SidePanel {
  id: string
  /** The tab's name, from the feature's strings: (t) => t('notes.panel'). */
  label: (t: TFunction) => string
  component: ComponentType<{ docId: string }>
}

/** A button in the workshop's top bar (export report, projector, let participants join …). */
export interface ToolbarAction {
  id: string
  component: ComponentType<{ docId: string }>
}

// Each capability adds its panel or toolbar action here, one line each, in display order.
export const SIDE_PANELS: SidePanel[] = []
export const TOOLBAR_ACTIONS: ToolbarAction[] = []
