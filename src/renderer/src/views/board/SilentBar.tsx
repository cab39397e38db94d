import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { fail } from './actions.ts'
import { useSynced } from './useSynced.ts'

/**
 * Silent writing: while it is on, new notes stay off the projector so nobody's idea is read out
 * before the others have written theirs. Sits among the capture field's options.
 */
export function SilentSwitch({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const stored = useAppStore((s) => s.workshops[docId]?.entities?.phase[phaseId]?.silent ?? false)
  const [silent, show] = useSynced(stored)
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const setSilent = (on: boolean): void => {
    show(on)
    mutate(docId, 'phase.setSilent', { docId, phaseId, silent: on })
      .then(() => announce(on ? t('board.silent.onSaid') : t('board.silent.offSaid')))
      .catch((e: unknown) => {
        show(stored)
        fail(e)
      })
  }
  return (
    <label className={`switch${silent ? ' switch--on' : ''}`} title={silent ? t('board.silent.onHint') : t('board.silent.offHint')}>
      <input type="checkbox" role="switch" checked={silent} onChange={(e) => setSilent(e.target.checked)} aria-describedby="silent-hint" />
      <span className="switch__track" aria-hidden="true" />
      <span className="switch__label">{t('board.silent.label')}</span>
      <span id="silent-hint" className="visually-hidden">
        {silent ? t('board.silent.onHint') : t('board.silent.offHint')}
      </span>
    </label>
  )
}

/** While notes are hidden: how many, and "Visa alla" to show them together. */
export function HiddenBanner({ docId, phaseId, hidden }: { docId: string; phaseId: string; hidden: number }): React.JSX.Element | null {
  const { t } = useTranslation()
  const silent = useAppStore((s) => s.workshops[docId]?.entities?.phase[phaseId]?.silent ?? false)
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  if (hidden === 0 && !silent) return null
  const reveal = (): void => {
    mutate(docId, 'board.reveal', { docId, phaseId })
      .then((r) => announce(t('board.silent.revealed', { count: r.revealed })))
      .catch(fail)
  }
  return (
    <div className={`silent${silent ? ' silent--on' : ''}`} role="region" aria-label={t('board.silent.label')}>
      <p className="silent__hint">
        {silent && <strong>{t('board.silent.label')}. </strong>}
        {hidden > 0 ? t('board.silent.hiddenCount', { count: hidden }) : t('board.silent.onHint')}
      </p>
      {hidden > 0 && (
        <button type="button" className="button button--primary" onClick={reveal}>
          {t('board.silent.reveal', { count: hidden })}
        </button>
      )}
    </div>
  )
}
