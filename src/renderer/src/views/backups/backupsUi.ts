import { createDialogSwitch } from '../../components/dialogSwitch.ts'

/** Whether the backups dialog of the open workshop is showing. */
export const backupsUi = createDialogSwitch()
