import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { NoteEditor } from './NoteEditor.tsx'

/** A notes phase ("Till nästa gång", reflections): the phase's note, large, in the main area. */
export function FreeNotesWorkspace({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element | null {
  const { t } = useTranslation()
  const phase = useAppStore((s) => s.workshops[docId]?.entities?.phase[phaseId] ?? null)
  if (!phase) return null
  return (
    <section className="workspace-notes" aria-label={t('outcomes.notes.heading')}>
      <NoteEditor
        docId={docId}
        meetingId={phase.meetingId}
        phaseId={phase.id}
        large
        label={t('outcomes.notes.editorLabel', { place: t('outcomes.notes.phaseNamed', { title: phase.title }) })}
      />
    </section>
  )
}
