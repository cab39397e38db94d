import { useEffect, useId, useRef } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { readingStep } from '../../i18n/direction.ts'
import { EffectChainView } from './EffectChainView.tsx'
import { openOutcomes, useOpenOutcomes, type OutcomesTab } from './outcomesView.ts'
import { ProposalsView } from './ProposalsView.tsx'
import { ResponsesView } from './ResponsesView.tsx'

const TABS: readonly OutcomesTab[] = ['effects', 'proposals', 'answers']

/**
 * Effect chain, recommendations and answers for the whole workshop, whatever phase the room is
 * in: answers come months after the last meeting, and not every method has a phase for each.
 * A button in the top bar; the dialog covers the screen.
 */
export function OutcomesButton({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const tab = useOpenOutcomes()
  const dialog = useRef<HTMLDialogElement>(null)
  const id = useId()

  useEffect(() => {
    const d = dialog.current
    if (tab && d && !d.open) d.showModal()
  }, [tab])
  // Leaving the workshop closes it.
  useEffect(() => () => openOutcomes(null), [])

  const onTabKey = (e: React.KeyboardEvent, current: OutcomesTab): void => {
    const i = TABS.indexOf(current)
    let next: OutcomesTab | null = null
    const step = e.key === 'ArrowLeft' || e.key === 'ArrowRight' ? readingStep(e.key) : 0
    if (step !== 0) next = TABS[(i + step + TABS.length) % TABS.length]
    else if (e.key === 'Home') next = TABS[0]
    else if (e.key === 'End') next = TABS[TABS.length - 1]
    if (!next) return
    e.preventDefault()
    openOutcomes(next)
    document.getElementById(`${id}-tab-${next}`)?.focus()
  }

  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => openOutcomes('effects')}>
        {t('outcomes.view.button')}
      </button>
      {tab && (
        <dialog ref={dialog} className="modal modal--full" aria-labelledby={`${id}-title`} onClose={() => openOutcomes(null)}>
          <div className="modal__header">
            <h2 id={`${id}-title`} className="modal__title">
              {t('outcomes.view.title')}
            </h2>
            <div role="tablist" aria-label={t('outcomes.view.title')} className="modal__tabs">
              {TABS.map((k) => (
                <button
                  key={k}
                  type="button"
                  role="tab"
                  id={`${id}-tab-${k}`}
                  aria-selected={tab === k}
                  aria-controls={`${id}-panel`}
                  tabIndex={tab === k ? 0 : -1}
                  className="modal__tab"
                  onClick={() => openOutcomes(k)}
                  onKeyDown={(e) => onTabKey(e, k)}
                >
                  {t(`outcomes.view.tabs.${k}`)}
                </button>
              ))}
            </div>
            <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
              {t('outcomes.common.close')}
            </button>
          </div>
          <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} className="modal__body">
            {tab === 'effects' && <EffectChainView docId={docId} />}
            {tab === 'proposals' && <ProposalsView docId={docId} />}
            {tab === 'answers' && <ResponsesView docId={docId} />}
          </div>
        </dialog>
      )}
    </>
  )
}
