import { createDialogSwitch } from '../../components/dialogSwitch.ts'

/** Whether the "Låt deltagare vara med" dialog is showing. */
export const participantsUi = createDialogSwitch()
