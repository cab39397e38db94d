import { useEffect, useState } from 'react'
import type { Suggestion } from '../../../../shared/api/methods/board.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { fail, focusNote } from './actions.ts'

const NOTES_SHOWN = 3

/** Suggestions are asked for again a moment after the board stops changing. */
function useSuggestions(docId: string, phaseId: string): { suggestions: Suggestion[] | null; failed: boolean } {
  const api = useAppStore((s) => s.api)
  const stickies = useAppStore((s) => s.workshops[docId]?.entities?.sticky)
  const clusters = useAppStore((s) => s.workshops[docId]?.entities?.cluster)
  const dismissals = useAppStore((s) => s.workshops[docId]?.entities?.dismissal)
  const [state, setState] = useState<{ suggestions: Suggestion[] | null; failed: boolean }>({ suggestions: null, failed: false })
  useEffect(() => {
    if (!api) return
    let live = true
    const timer = window.setTimeout(() => {
      api
        .call('board.suggestions', { docId, phaseId })
        .then((r) => live && setState({ suggestions: r.suggestions, failed: false }))
        .catch(() => live && setState((s) => ({ ...s, failed: true })))
    }, 300)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, docId, phaseId, stickies, clusters, dismissals])
  return state
}

/**
 * Where the focus goes once the suggestion holding `button` is gone: the same button of the next
 * suggestion (or the one before), else the panel's heading.
 */
function neighbourOf(button: HTMLElement): () => void {
  const item = button.closest('li.suggestion')
  const panel = button.closest('details.suggestions')
  const index = [...(item?.querySelectorAll('button') ?? [])].indexOf(button as HTMLButtonElement)
  const sibling = item?.nextElementSibling ?? item?.previousElementSibling ?? null
  return () => {
    const target = sibling?.isConnected ? sibling.querySelectorAll<HTMLElement>('button')[index] : panel?.querySelector<HTMLElement>('summary')
    const active = document.activeElement
    if (active === button || active === document.body || !active?.isConnected) target?.focus()
  }
}

function SuggestionItem({ docId, suggestion }: { docId: string; suggestion: Suggestion }): React.JSX.Element {
  const { t } = useTranslation()
  const texts = useAppStore((s) => suggestion.stickyIds.map((id) => s.workshops[docId]?.entities?.sticky[id]?.text ?? '').join('\u0000'))
  const clusterTitle = useAppStore((s) => (suggestion.clusterId ? (s.workshops[docId]?.entities?.cluster[suggestion.clusterId]?.title ?? '') : null))
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const [busy, setBusy] = useState(false)
  const notes = texts.split('\u0000')

  // The suggestion leaves the list once answered, and its buttons with it: the focus goes where
  // the work goes on (the grouped notes, or the next suggestion) instead of back to the page's top.
  const accept = (): void => {
    setBusy(true)
    mutate(docId, 'board.acceptSuggestion', { docId, key: suggestion.key, stickyIds: suggestion.stickyIds, clusterId: suggestion.clusterId })
      .then((c) => {
        announce(t('board.suggestions.accepted', { title: c.title }))
        if (suggestion.stickyIds[0]) focusNote(suggestion.stickyIds[0])
      })
      .catch((e: unknown) => {
        setBusy(false)
        fail(e)
      })
  }
  const dismiss = (event: React.MouseEvent<HTMLButtonElement>): void => {
    const next = neighbourOf(event.currentTarget)
    setBusy(true)
    mutate(docId, 'board.dismissSuggestion', { docId, key: suggestion.key })
      .then(() => {
        announce(t('board.suggestions.dismissed'))
        next()
      })
      .catch((e: unknown) => {
        setBusy(false)
        fail(e)
      })
  }

  return (
    <li className="suggestion" data-suggestion-key={suggestion.key}>
      <p className="suggestion__target">
        {clusterTitle !== null ? (
          <>
            {t('board.suggestions.intoCluster')} <strong dir="auto">{clusterTitle}</strong>
          </>
        ) : (
          t('board.suggestions.newCluster', { count: notes.length })
        )}
      </p>
      <ul className="suggestion__notes">
        {notes.slice(0, NOTES_SHOWN).map((text, i) => (
          <li key={suggestion.stickyIds[i]} dir="auto">
            {text}
          </li>
        ))}
        {notes.length > NOTES_SHOWN && <li className="suggestion__more">{t('board.suggestions.more', { count: notes.length - NOTES_SHOWN })}</li>}
      </ul>
      {suggestion.sharedTerms.length > 0 && (
        <p className="suggestion__terms">
          {t('board.suggestions.terms')}{' '}
          {suggestion.sharedTerms.map((term) => (
            <span key={term} className="suggestion__term" dir="auto">
              {term}
            </span>
          ))}
        </p>
      )}
      <div className="suggestion__actions">
        <button type="button" className="button button--primary button--small" aria-disabled={busy || undefined} onClick={() => !busy && accept()}>
          {t('board.suggestions.accept')}
        </button>
        <button type="button" className="button button--quiet button--small" aria-disabled={busy || undefined} onClick={(e) => !busy && dismiss(e)}>
          {t('board.suggestions.dismiss')}
        </button>
      </div>
    </li>
  )
}

/**
 * "De här lapparna kanske hör ihop": computed locally from the words the notes share, in any
 * language. Nothing moves until the facilitator accepts a suggestion; each one on its own.
 */
export function SuggestionsPanel({ docId, phaseId }: { docId: string; phaseId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const { suggestions, failed } = useSuggestions(docId, phaseId)
  const list = suggestions ?? []
  return (
    <details className="suggestions" open>
      <summary className="suggestions__summary">
        <span className="suggestions__heading">{t('board.suggestions.heading')}</span>
        <span className="wall__count">{suggestions === null ? t('board.suggestions.loading') : t('board.suggestions.count', { count: list.length })}</span>
      </summary>
      <p className="suggestions__intro">{t('board.suggestions.intro')}</p>
      <div className="suggestions__body">
        {failed && <p className="field__error">{t('board.suggestions.failed')}</p>}
        {suggestions !== null && list.length === 0 && <p className="suggestions__none">{t('board.suggestions.none')}</p>}
        {list.length > 0 && (
          <ul className="suggestions__list" aria-label={t('board.suggestions.heading')}>
            {list.map((s) => (
              <SuggestionItem key={s.key} docId={docId} suggestion={s} />
            ))}
          </ul>
        )}
      </div>
    </details>
  )
}
