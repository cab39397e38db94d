import { useTranslation } from '../../i18n/index.ts'
import { presenterActive, presenterStateText } from './presenterText.ts'
import { usePresenter } from './presenterStore.ts'
import { useOpenProjector } from './useOpenProjector.ts'
import { useSpotlightKeys } from './useSpotlightKeys.ts'

/**
 * The top bar's "Projektor": opens the room's screen, and says when the room does not see the
 * live workshop (blank, frozen, a spotlight), so the facilitator never forgets a blanked screen.
 */
export function PresenterButton({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const { view } = usePresenter(docId)
  const { open, blockedUrl, clearBlocked } = useOpenProjector(docId)
  useSpotlightKeys()
  const presenter = view?.presenter

  return (
    <span className="presenter-button">
      <button type="button" className="button button--secondary" onClick={open} title={t('projector.presenter.buttonLabel')}>
        <span aria-hidden="true" className="button__icon">
          ▣
        </span>
        {t('projector.presenter.button')}
      </button>
      {presenter && presenterActive(presenter) && (
        <span className="presenter-pill" data-blank={presenter.blank} data-frozen={presenter.frozen}>
          {t('projector.presenter.status', { state: presenterStateText(presenter, t) })}
        </span>
      )}
      {blockedUrl && (
        <a className="presenter-pill presenter-pill--link" href={blockedUrl} target="_blank" rel="noopener noreferrer" onClick={clearBlocked}>
          {t('projector.presenter.popupLink')}
        </a>
      )}
    </span>
  )
}
