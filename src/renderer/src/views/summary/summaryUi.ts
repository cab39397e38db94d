import { createDialogSwitch } from '../../components/dialogSwitch.ts'

/** Whether the meeting-summary dialog is showing. */
export const summaryUi = createDialogSwitch()
