import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { BodiesEditor } from './BodiesEditor.tsx'

/** A button that opens the list of nämnder and förvaltningar in a modal dialog. */
export function BodiesButton({ docId, className }: { docId: string; className?: string }): React.JSX.Element {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  useEffect(() => {
    if (open) dialog.current?.showModal()
  }, [open])
  return (
    <>
      <button type="button" className={className ?? 'button button--quiet'} onClick={() => setOpen(true)}>
        {t('outcomes.bodies.manage')}
      </button>
      {open && (
        <dialog ref={dialog} className="modal" aria-labelledby={headingId} onClose={() => setOpen(false)}>
          <div className="modal__header">
            <h2 id={headingId} className="modal__title">
              {t('outcomes.bodies.heading')}
            </h2>
            <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
              {t('outcomes.common.close')}
            </button>
          </div>
          <p className="card__text">{t('outcomes.bodies.intro')}</p>
          <BodiesEditor docId={docId} />
        </dialog>
      )}
    </>
  )
}
