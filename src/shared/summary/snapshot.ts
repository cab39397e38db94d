import { z } from 'zod'
import type { Summary } from '../domain/entities.ts'
import type { WorkshopData } from '../domain/interchange.ts'
import { SummaryContent } from './content.ts'
import { MeetingRows, replaceMeetingRows } from './rows.ts'

export const SNAPSHOT_FORMAT = 'medskapa-summary'

/**
 * What Summary.snapshotJson holds: the summary as it was sent (content, for the text and for
 * showing the version again) and the meeting's rows as they were then (rows, for the report).
 * Both already passed the personal-data guard, and hold no author labels.
 */
export const SummarySnapshot = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  formatVersion: z.literal(1),
  contact: z.string().max(500),
  correctionsBy: z.string(),
  pseudonymised: z.boolean(),
  content: SummaryContent,
  rows: MeetingRows
})
export type SummarySnapshot = z.infer<typeof SummarySnapshot>

/** The snapshot of a stored version, or null when it cannot be read (the version is then shown, not used). */
export function readSnapshot(summary: Pick<Summary, 'snapshotJson'>): SummarySnapshot | null {
  try {
    const parsed = SummarySnapshot.safeParse(JSON.parse(summary.snapshotJson))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Each meeting's newest approved version (by version number). */
export function latestApproved(summaries: readonly Summary[]): Map<string, Summary> {
  const out = new Map<string, Summary>()
  for (const s of summaries) {
    if (s.approvedAt === null) continue
    const best = out.get(s.meetingId)
    if (!best || s.version > best.version) out.set(s.meetingId, s)
  }
  return out
}

/**
 * The workshop as the report should read it: every meeting with an approved summary is taken
 * from that summary's snapshot instead of the live rows. Approved content wins over live data on
 * purpose: it is what the participants checked and agreed to, and later edits to the board (or
 * a slip of the mouse) must not change a record they have approved. To bring later changes in,
 * export and approve a new version. A snapshot that cannot be read leaves the live rows in place.
 */
export function withApprovedSummaries(data: WorkshopData): WorkshopData {
  let out = data
  for (const summary of latestApproved(data.summaries).values()) {
    const snapshot = readSnapshot(summary)
    if (snapshot && data.meetings.some((m) => m.id === summary.meetingId) && snapshot.rows.meeting.id === summary.meetingId) {
      out = replaceMeetingRows(out, snapshot.rows)
    }
  }
  return out
}
