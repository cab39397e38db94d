import { useTranslation } from '../../i18n/index.ts'

type Style = 'pseudonym' | 'placeholder'

/** Replace one personal-data hit: a pseudonym for names, a neutral placeholder for anything. */
export function HitActions({
  kind,
  match,
  busy,
  onResolve
}: {
  kind: string
  match: string
  busy: boolean
  onResolve: (style: Style) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <span className="pii-hit__actions">
      {kind === 'name' && (
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={busy}
          aria-label={t('outcomes.pii.pseudonymFor', { match })}
          onClick={() => onResolve('pseudonym')}
        >
          {t('outcomes.pii.pseudonym')}
        </button>
      )}
      <button
        type="button"
        className="button button--quiet button--small"
        disabled={busy}
        aria-label={t('outcomes.pii.placeholderFor', { match })}
        onClick={() => onResolve('placeholder')}
      >
        {t('outcomes.pii.placeholder')}
      </button>
    </span>
  )
}
