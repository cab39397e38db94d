import type { ScanHit } from '../../../../shared/api/methods/privacy.ts'
import { EFFECT_COLUMNS, GOAL_AREA_LABEL } from '../../../../shared/outcomes/labels.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, type EntityTables } from '../../store/index.ts'
import { excerpt } from '../notes/ReferencePicker.tsx'
import { useLang } from '../outcomes/useTables.ts'

const EMPTY: EntityTables | null = null

/** Where a finding sits, in words a facilitator recognises ("Lapp: Fler bänkar …"). */
export function useWhere(docId: string): (hit: ScanHit) => string {
  const { t } = useTranslation()
  const lang = useLang()
  const tables = useAppStore((s) => s.workshops[docId]?.entities ?? EMPTY)
  return (hit) => {
    if (!tables) return ''
    switch (hit.entity) {
      case 'sticky': {
        const s = tables.sticky[hit.id]
        const what = hit.field === 'authorLabel' ? t('outcomes.privacy.where.stickyAuthor') : t('outcomes.privacy.where.sticky')
        return s ? `${what}: ${excerpt(s.text, 50)}` : what
      }
      case 'note': {
        const n = tables.note[hit.id]
        const meeting = n ? tables.meeting[n.meetingId]?.title : undefined
        const phase = n?.phaseId ? tables.phase[n.phaseId]?.title : undefined
        return t('outcomes.privacy.where.note', { place: [meeting, phase].filter(Boolean).join(' – ') })
      }
      case 'cluster':
        return t('outcomes.privacy.where.cluster')
      case 'countermeasure':
        return t('outcomes.privacy.where.countermeasure')
      case 'proposal':
        return t('outcomes.privacy.where.proposal')
      case 'response': {
        const r = tables.response[hit.id]
        const body = r ? tables.body[r.bodyId] : undefined
        return t('outcomes.privacy.where.response', { body: body ? body.abbreviation || body.name : '' })
      }
      case 'effectRow': {
        const column = hit.field === 'goalArea' ? GOAL_AREA_LABEL[lang] : (EFFECT_COLUMNS.find((c) => c.key === hit.field)?.[lang] ?? hit.field)
        return t('outcomes.privacy.where.effectRow', { column })
      }
      case 'feedback':
        return t('outcomes.privacy.where.feedback')
      case 'question':
        return t('outcomes.privacy.where.question')
    }
  }
}
