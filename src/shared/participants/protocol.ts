import type { PhaseKind } from '../domain/enums.ts'
import { BOARD_KINDS } from '../board/phases.ts'

// The phone API's fixed facts, shared by the participant server and the phone page. No zod here:
// the phone page imports this file, and its bundle must stay a few kilobytes.

/** The only routes the participant server has; everything else is 404. */
export const PHONE_ROUTES = {
  page: '/j',
  script: '/static/phone.js',
  style: '/static/phone.css',
  join: '/api/join',
  state: '/api/state',
  note: '/api/note',
  vote: '/api/vote'
} as const

/** The join address's query parameter: the QR code carries the code, so scanning joins at once. */
export const JOIN_CODE_QUERY = 'c'

/** Longest note a phone may send: a sticky, not a letter (quality anchors §2.3 S5). */
export const PHONE_NOTE_MAX = 500

/** Request bodies are tiny JSON objects; anything larger is refused with 413 before parsing. */
export const PHONE_BODY_LIMIT = 4 * 1024

/** How often the phone asks for the current state (ms); polling survives old browsers and flaky Wi-Fi. */
export const PHONE_POLL_MS = 2_000

/** What a phone does in a phase: write notes, spend dots, or just listen. */
export type PhoneMode = 'write' | 'vote' | 'wait'

/**
 * Phones write only where the room's notes are the phase's own (capture, cluster: the same rule as
 * the board, shared/board/phases.ts); in a vote phase they vote; everything else (information,
 * reflection on the wall, effect chains, proposals) is talk in the room.
 */
export function phoneModeFor(kind: PhaseKind): PhoneMode {
  if (kind === 'vote') return 'vote'
  return BOARD_KINDS.includes(kind) ? 'write' : 'wait'
}

/** Machine-readable reasons the phone turns into a sentence in the resident's language. */
export type PhoneErrorCode =
  | 'wrong_code'
  | 'locked'
  | 'join_paused'
  | 'join'
  | 'too_many'
  | 'too_large'
  | 'bad_request'
  | 'empty'
  | 'too_long'
  | 'closed'
  | 'vote_refused'
  | 'forbidden'
  | 'not_found'
  | 'unavailable'
