import { z } from 'zod'
import { Language } from '../domain/enums.ts'

// What a summary says, as data: built from the workshop (build.ts), stored as the version's
// snapshot, and written out as Word (main/summary/docx.ts) or as plain text (plain-text.ts).
// Every string here has already been through the personal-data guard.

const Text = z.string().max(2_000_000)

export const SummaryContent = z.object({
  language: Language,
  version: z.number().int().min(1),
  /** The summary's date, YYYY-MM-DD. */
  date: z.string(),
  municipality: Text,
  workshopTitle: Text,
  meeting: z.object({
    /** 2 for "Träff 2"; null for a one-off workshop, which has no numbering. */
    number: z.number().int().min(1).nullable(),
    title: Text,
    date: z.string().nullable(),
    place: Text,
    participantCount: z.number().int().min(0).nullable()
  }),
  /** Corrections made since the previous version, as the secretary described them. */
  changes: z.object({ since: z.number().int().min(1), items: z.array(Text) }).nullable(),
  /** "Det här gjorde vi": each step with the question it put to the room. */
  steps: z.array(z.object({ title: Text, question: Text })),
  /** "Det här kom fram": themes (clusters) and the loose notes of each step, verbatim. */
  themes: z.array(z.object({ title: Text, happening: z.boolean(), notes: z.array(z.object({ text: Text, happening: z.boolean() })) })),
  votes: z.array(
    z.object({
      title: Text,
      lines: z.array(z.object({ rank: z.number().int().min(1), label: Text, votes: z.number().int().min(0) })),
      /** Lines left out to keep the summary short. */
      more: z.number().int().min(0)
    })
  ),
  notes: z.array(z.object({ lexicalJson: Text, plainText: Text })),
  /** "Så går vi vidare". */
  firstSteps: z.array(z.object({ item: Text, text: Text, owner: Text, due: Text })),
  proposals: z.array(z.object({ label: Text, text: Text })),
  questions: z.array(Text),
  nextMeeting: z.object({ date: z.string().nullable(), title: Text, place: Text }).nullable(),
  corrections: z.object({ by: z.string(), contact: Text })
})
export type SummaryContent = z.infer<typeof SummaryContent>
