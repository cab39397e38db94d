import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'

/** Quiet: "Sparat" once the core has committed every write, so the facilitator can trust it. */
export function SavedIndicator({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const pending = useAppStore((s) => (s.workshops[docId]?.pending ?? 0) > 0)
  const failed = useAppStore((s) => s.workshops[docId]?.saveError !== null && s.workshops[docId]?.saveError !== undefined)
  const state = failed ? 'failed' : pending ? 'saving' : 'saved'
  return (
    <span className={`saved saved--${state}`} data-state={state}>
      <span className="saved__icon" aria-hidden="true">
        {state === 'saved' ? '✓' : state === 'saving' ? '…' : '!'}
      </span>
      {state === 'failed' ? t('workshop.saveFailed') : state === 'saving' ? t('workshop.saving') : t('workshop.saved')}
    </span>
  )
}
