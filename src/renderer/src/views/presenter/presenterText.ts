import type { TFunction } from 'i18next'
import type { PresenterState } from '../../../../shared/projector/schema.ts'

/** "Svart, fryst": every control that is on, in words (the strip never says it by colour alone). */
export function presenterStateText(presenter: PresenterState, t: TFunction): string {
  const on: string[] = []
  if (presenter.blank) on.push(t('projector.presenter.state.blank'))
  if (presenter.frozen) on.push(t('projector.presenter.state.frozen'))
  if (presenter.spotlight) on.push(t('projector.presenter.state.spotlight'))
  return on.length > 0 ? on.join(', ') : t('projector.presenter.state.live')
}

export function presenterActive(presenter: PresenterState | undefined): boolean {
  return Boolean(presenter && (presenter.blank || presenter.frozen || presenter.spotlight))
}
