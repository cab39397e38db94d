import type { runMethods } from '../../../shared/api/methods/run.ts'
import type { Handlers } from '../context.ts'
import { meetingHandlers } from '../run/meetings.ts'
import { navigationHandlers } from '../run/navigation.ts'
import { phaseHandlers } from '../run/phases.ts'
import { questionHandlers } from '../run/questions.ts'

// Running a workshop; the use cases live in core/run/, one file per concern.
export const runHandlers: Handlers<keyof typeof runMethods> = {
  ...navigationHandlers,
  ...meetingHandlers,
  ...phaseHandlers,
  ...questionHandlers
}
