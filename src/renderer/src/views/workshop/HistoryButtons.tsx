import { FEATURES } from '../../i18n/features/index.ts'
import { hasKey, useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { errorText } from '../../components/errorText.ts'

/** The core names each undo step by the method that made it: "sticky.add" → "ny lapp". */
function useStepName(): (label: string | null) => string | null {
  const { t } = useTranslation()
  return (label) => {
    if (!label) return null
    const name = label.replace(/\./g, '_')
    // Core names first, then each feature's own `<feature>.undoLabels` (run, board …).
    const key = [`undoLabels.${name}`, ...Object.keys(FEATURES).map((f) => `${f}.undoLabels.${name}`)].find(hasKey)
    return key ? t(key as 'undoLabels.sticky_add') : null
  }
}

export function HistoryButtons({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const history = useAppStore((s) => s.workshops[docId]?.history)
  const undo = useAppStore((s) => s.undo)
  const redo = useAppStore((s) => s.redo)
  const pushToast = useAppStore((s) => s.pushToast)
  const stepName = useStepName()
  const undoWhat = stepName(history?.undoLabel ?? null)
  const redoWhat = stepName(history?.redoLabel ?? null)
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })
  return (
    <div className="history-buttons">
      <button
        type="button"
        className="button button--quiet"
        disabled={!history?.canUndo}
        onClick={() => void undo(docId).catch(fail)}
      >
        <span aria-hidden="true" className="button__icon">
          ↶
        </span>
        {undoWhat ? t('workshop.undoWhat', { what: undoWhat }) : t('workshop.undo')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={!history?.canRedo}
        onClick={() => void redo(docId).catch(fail)}
      >
        <span aria-hidden="true" className="button__icon">
          ↷
        </span>
        {redoWhat ? t('workshop.redoWhat', { what: redoWhat }) : t('workshop.redo')}
      </button>
    </div>
  )
}
