import { z } from 'zod'
import { PhaseKind, VoteTarget } from '../domain/enums.ts'
import { Id } from '../domain/primitives.ts'
import { PHONE_NOTE_MAX } from './protocol.ts'

// Validation of everything that crosses the phone boundary, and the participant server's status
// as the facilitator's app sees it. Bodies are strict: an unknown field is an error, not ignored.

export const ParticipantMode = z.enum(['controlled', 'open'])
export type ParticipantMode = z.infer<typeof ParticipantMode>

export const JoinBody = z.strictObject({ code: z.string().max(32) })
export type JoinBody = z.infer<typeof JoinBody>

/** The text is checked again after sanitizing (length, emptiness); this bound only stops waste early. */
export const NoteBody = z.strictObject({ phaseId: Id, text: z.string().max(PHONE_NOTE_MAX * 2) })
export type NoteBody = z.infer<typeof NoteBody>

export const VoteBody = z.strictObject({
  phaseId: Id,
  targetType: VoteTarget,
  targetId: Id,
  delta: z.union([z.literal(1), z.literal(-1)])
})
export type VoteBody = z.infer<typeof VoteBody>

export const PhoneVoteOption = z.object({
  targetType: VoteTarget,
  targetId: Id,
  label: z.string(),
  /** This phone's dots on it. */
  mine: z.number().int().min(0)
})

/** GET /api/state: what one phone needs to draw itself; nothing about other devices. */
export const PhoneState = z.object({
  meetingRunning: z.boolean(),
  phase: z
    .object({
      id: Id,
      kind: PhaseKind,
      title: z.string(),
      prompt: z.string(),
      mode: z.enum(['write', 'vote', 'wait'])
    })
    .nullable(),
  vote: z
    .object({
      closed: z.boolean(),
      dotsPerParticipant: z.number().int(),
      maxDotsPerItem: z.number().int(),
      used: z.number().int(),
      remaining: z.number().int(),
      options: z.array(PhoneVoteOption)
    })
    .nullable(),
  noteMaxLength: z.number().int()
})
export type PhoneState = z.infer<typeof PhoneState>

/** The participant server of one workshop, for the laptop and the projector (never sent to phones). */
export const ParticipantStatus = z.object({
  docId: z.string(),
  running: z.boolean(),
  mode: ParticipantMode,
  address: z.string().nullable(),
  port: z.number().int().nullable(),
  /** http://<address>:<port>/j?c=<code>: what the QR code holds; scanning joins at once. */
  url: z.string().nullable(),
  /** The address to type when not scanning (without the code). */
  typeUrl: z.string().nullable(),
  joinCode: z.string().nullable(),
  /** The QR code of `url` as an SVG data: URL, for an <img src> (never inserted as markup). */
  qrDataUrl: z.string().nullable(),
  /** Phones that asked for the state in the last half minute. */
  connectedDevices: z.number().int().min(0),
  /** Phones that have joined since the server started. */
  joinedDevices: z.number().int().min(0),
  /** Too many wrong codes from the room as a whole: joining waits for a new code (rotateCode). */
  joinPaused: z.boolean()
})
export type ParticipantStatus = z.infer<typeof ParticipantStatus>

export const NetworkInterface = z.object({
  name: z.string(),
  address: z.string(),
  family: z.enum(['IPv4', 'IPv6']),
  internal: z.boolean(),
  /** 'this_computer' for loopback: phones cannot reach it (useful for trying the page on the laptop). */
  reach: z.enum(['network', 'this_computer'])
})
export type NetworkInterface = z.infer<typeof NetworkInterface>
