import type { Handlers } from '../context.ts'
import type { boardMethods } from '../../../shared/api/methods/board.ts'
import { clusterHandlers } from '../board/clusters.ts'
import { silentHandlers } from '../board/silent.ts'
import { stickyHandlers } from '../board/stickies.ts'
import { suggestionHandlers } from '../board/suggestions.ts'
import { trizHandlers } from '../board/triz.ts'
import { voteHandlers } from '../board/votes.ts'

// The board's use cases live in ../board/, one file per concern; this map is what the core registers.
export const boardHandlers: Handlers<keyof typeof boardMethods> = {
  ...stickyHandlers,
  ...clusterHandlers,
  ...trizHandlers,
  ...silentHandlers,
  ...voteHandlers,
  ...suggestionHandlers
}
