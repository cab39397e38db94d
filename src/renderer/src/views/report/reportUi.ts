import { createDialogSwitch } from '../../components/dialogSwitch.ts'

/** Whether the Word export dialog is showing. */
export const reportUi = createDialogSwitch()
