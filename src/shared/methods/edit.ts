import type { Language, PhaseKind } from '../domain/enums.ts'
import { PHASE_KIND_DEFAULTS } from './kinds.ts'
import type { MeetingTemplate, MethodTemplate, PhaseTemplate } from './schema.ts'

// Pure edits of a template draft for the template editor. Each returns a new template and
// leaves the input untouched; indexes out of range leave the template as it was.

export function newPhaseTemplate(kind: PhaseKind): PhaseTemplate {
  const d = PHASE_KIND_DEFAULTS[kind]
  return {
    kind,
    durationMin: d.durationMin,
    sv: { title: d.sv.title, prompt: '', guidance: '' },
    en: { title: d.en.title, prompt: '', guidance: '' }
  }
}

export function newMeetingTemplate(n: number): MeetingTemplate {
  return { sv: { title: `Möte ${n}` }, en: { title: `Meeting ${n}` }, phases: [newPhaseTemplate('capture')] }
}

function withMeeting(t: MethodTemplate, mi: number, fn: (m: MeetingTemplate) => MeetingTemplate): MethodTemplate {
  const m = t.meetings[mi]
  if (!m) return t
  const changed = fn(m)
  return changed === m ? t : { ...t, meetings: t.meetings.map((x, i) => (i === mi ? changed : x)) }
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list]
  const out = [...list]
  const [item] = out.splice(from, 1)
  out.splice(to, 0, item)
  return out
}

/** Insert a phase at `at` (end when omitted). */
export function insertPhase(t: MethodTemplate, mi: number, phase: PhaseTemplate, at?: number): MethodTemplate {
  return withMeeting(t, mi, (m) => {
    const phases = [...m.phases]
    phases.splice(at ?? phases.length, 0, phase)
    return { ...m, phases }
  })
}

/** A meeting keeps at least one phase, as the schema requires. */
export function removePhase(t: MethodTemplate, mi: number, pi: number): MethodTemplate {
  return withMeeting(t, mi, (m) =>
    m.phases.length <= 1 || !m.phases[pi] ? m : { ...m, phases: m.phases.filter((_, i) => i !== pi) }
  )
}

export function movePhase(t: MethodTemplate, mi: number, from: number, to: number): MethodTemplate {
  return withMeeting(t, mi, (m) => ({ ...m, phases: move(m.phases, from, to) }))
}

export type PhaseTemplatePatch = Partial<Pick<PhaseTemplate, 'kind' | 'durationMin'>> & {
  sv?: Partial<PhaseTemplate['sv']>
  en?: Partial<PhaseTemplate['en']>
}

export function updatePhase(t: MethodTemplate, mi: number, pi: number, patch: PhaseTemplatePatch): MethodTemplate {
  return withMeeting(t, mi, (m) => ({
    ...m,
    phases: m.phases.map((p, i) =>
      i !== pi
        ? p
        : {
            ...p,
            ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
            ...(patch.durationMin !== undefined ? { durationMin: patch.durationMin } : {}),
            sv: { ...p.sv, ...patch.sv },
            en: { ...p.en, ...patch.en }
          }
    )
  }))
}

export function insertMeeting(t: MethodTemplate, meeting: MeetingTemplate, at?: number): MethodTemplate {
  const meetings = [...t.meetings]
  meetings.splice(at ?? meetings.length, 0, meeting)
  return { ...t, meetings }
}

/** A method keeps at least one meeting, as the schema requires. */
export function removeMeeting(t: MethodTemplate, mi: number): MethodTemplate {
  if (t.meetings.length <= 1 || !t.meetings[mi]) return t
  return { ...t, meetings: t.meetings.filter((_, i) => i !== mi) }
}

export function moveMeeting(t: MethodTemplate, from: number, to: number): MethodTemplate {
  return { ...t, meetings: move(t.meetings, from, to) }
}

export function renameMeeting(t: MethodTemplate, mi: number, language: Language, title: string): MethodTemplate {
  return withMeeting(t, mi, (m) => ({ ...m, [language]: { title } }))
}

/** Total suggested minutes of one meeting, for the editor and the set-up screen. */
export function meetingMinutes(m: MeetingTemplate): number {
  return m.phases.reduce((sum, p) => sum + p.durationMin, 0)
}
