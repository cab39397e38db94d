import type { ScannedEntity } from '../../../../shared/api/methods/privacy.ts'
import type { PiiHit } from '../../../../shared/text/pii.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { Popover } from '../outcomes/Popover.tsx'
import { usePiiHits } from './pii.ts'

interface Props {
  docId: string
  /** The text shown (a sticky's text); the flag appears only when the guard finds something in it. */
  text: string
  /** Where the text is stored, so a replacement lands there. Defaults to a sticky's text. */
  entity?: ScannedEntity
  id: string
  field?: string
}

/**
 * A visible "Personuppgift?" flag on a card whose text holds a personal identity number, phone
 * number, e-mail address or a listed name, with the replacement one click away. Renders nothing
 * for clean text, so it can sit on every card.
 */
export function PiiFlag({ docId, text, entity = 'sticky', id, field = 'text' }: Props): React.JSX.Element | null {
  const { t } = useTranslation()
  const hits = usePiiHits(docId, text)
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const pushToast = useAppStore((s) => s.pushToast)
  if (hits.length === 0) return null
  const kinds = [...new Set(hits.map((h) => t(`outcomes.pii.kinds.${h.kind}`)))].join(', ')

  const resolve = (hit: PiiHit, style: 'pseudonym' | 'placeholder', close: () => void): void => {
    mutate(docId, 'privacy.resolve', { docId, entity, id, field, start: hit.start, end: hit.end, style })
      .then(() => {
        announce(t('outcomes.pii.replaced'))
        if (hits.length === 1) close()
      })
      .catch((e: unknown) => pushToast({ kind: 'error', message: errorText(e) }))
  }

  return (
    <div className="pii-flag">
      <Popover
        button={
          <>
            <span aria-hidden="true" className="pii-flag__icon">
              !
            </span>
            {t('outcomes.pii.flag')}
          </>
        }
        label={t('outcomes.pii.flagLabel', { kinds })}
        buttonClassName="pii-flag__button"
        panelLabel={t('outcomes.pii.flagPanel')}
      >
        {(close) => (
          <ul className="pii-flags__list">
            {hits.map((hit) => (
              <li key={`${hit.start}-${hit.kind}`} className="pii-hit">
                <span className="pii-hit__what">
                  <span className="pii-hit__kind">{t(`outcomes.pii.kinds.${hit.kind}`)}</span>
                  <span className="pii-hit__match" dir="auto">
                    {hit.match}
                  </span>
                </span>
                <span className="pii-hit__actions">
                  {hit.kind === 'name' && (
                    <button type="button" className="button button--quiet button--small" onClick={() => resolve(hit, 'pseudonym', close)}>
                      {t('outcomes.pii.pseudonym')}
                    </button>
                  )}
                  <button type="button" className="button button--quiet button--small" onClick={() => resolve(hit, 'placeholder', close)}>
                    {t('outcomes.pii.placeholder')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Popover>
    </div>
  )
}
