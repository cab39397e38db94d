import { useState } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, selectCurrentPhase, selectWorkshopRow } from '../../store/index.ts'
import { NoteEditor } from './NoteEditor.tsx'

/**
 * The secretary's minutes beside the board: the meeting's note, or the current phase's, one click
 * apart. Switching stores what was typed (the editor saves when it goes away).
 */
export function NotesPanel({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const meetingId = useAppStore((s) => selectWorkshopRow(docId)(s)?.currentMeetingId ?? null)
  const meetingTitle = useAppStore((s) => (meetingId ? (s.workshops[docId]?.entities?.meeting[meetingId]?.title ?? '') : ''))
  const phase = useAppStore(selectCurrentPhase(docId))
  // A free-notes phase already shows its note in the main area; the panel then offers the meeting's.
  const [choice, setChoice] = useState<'meeting' | 'phase'>(phase && phase.kind !== 'free_notes' ? 'phase' : 'meeting')

  if (!meetingId) {
    return (
      <div className="notes-panel">
        <h2 className="panel__heading">{t('outcomes.notes.heading')}</h2>
        <p className="card__text">{t('outcomes.notes.noMeeting')}</p>
      </div>
    )
  }
  const where = choice === 'phase' && phase && phase.meetingId === meetingId ? phase : null
  const placeName = where ? t('outcomes.notes.phaseNamed', { title: where.title }) : t('outcomes.notes.meetingNamed', { title: meetingTitle })
  return (
    <div className="notes-panel">
      <h2 className="panel__heading">{t('outcomes.notes.heading')}</h2>
      <div className="segmented notes-panel__switch" role="group" aria-label={t('outcomes.notes.placeLegend')}>
        <button type="button" className="segmented__option" aria-pressed={!where} onClick={() => setChoice('meeting')}>
          {t('outcomes.notes.meeting')}
        </button>
        {phase && (
          <button type="button" className="segmented__option" aria-pressed={Boolean(where)} onClick={() => setChoice('phase')}>
            <span dir="auto">{t('outcomes.notes.phase', { title: phase.title })}</span>
          </button>
        )}
      </div>
      <NoteEditor
        key={`${meetingId}:${where?.id ?? ''}`}
        docId={docId}
        meetingId={meetingId}
        phaseId={where?.id ?? null}
        label={t('outcomes.notes.editorLabel', { place: placeName })}
      />
    </div>
  )
}
