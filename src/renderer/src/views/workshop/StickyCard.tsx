import { memo, useRef, useState } from 'react'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, selectSticky } from '../../store/index.ts'
import { StickyEditor } from './StickyEditor.tsx'

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 40 ? `${line.slice(0, 39)}…` : line
}

function siblingCard(el: HTMLElement, step: 1 | -1): HTMLElement | null {
  const next = step === 1 ? el.nextElementSibling : el.previousElementSibling
  return next instanceof HTMLElement ? next : null
}

/**
 * One note. Its text is rendered as plain React text with dir="auto" (participants write in
 * Arabic, Tigrinya and Swedish alike) and never as HTML. Focus it to act on it by keyboard:
 * Enter edits, Delete removes, arrows move along the wall.
 */
export const StickyCard = memo(function StickyCard({
  docId,
  id,
  onEmptied
}: {
  docId: string
  id: string
  onEmptied: () => void
}): React.JSX.Element | null {
  const { t } = useTranslation()
  const sticky = useAppStore(selectSticky(docId, id))
  const mutate = useAppStore((s) => s.mutate)
  const undo = useAppStore((s) => s.undo)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const [editing, setEditing] = useState(false)
  const ref = useRef<HTMLLIElement>(null)
  if (!sticky) return null

  const focusSelf = (): void => {
    // After the editor unmounts, so the focus lands on the card and not on nothing.
    requestAnimationFrame(() => ref.current?.focus())
  }

  const remove = (): void => {
    const el = ref.current
    const next = el ? (siblingCard(el, 1) ?? siblingCard(el, -1)) : null
    mutate(docId, 'sticky.remove', { docId, id })
      .then(() => {
        if (next) next.focus()
        else onEmptied()
        announce(t('stickies.removed'))
        pushToast({
          kind: 'info',
          message: t('stickies.removed'),
          action: { label: t('toast.undo'), run: () => void undo(docId).catch((e: unknown) => pushToast({ kind: 'error', message: errorText(e) })) }
        })
      })
      .catch((e: unknown) => pushToast({ kind: 'error', message: errorText(e) }))
  }

  const save = async (text: string): Promise<void> => {
    await mutate(docId, 'sticky.update', { docId, id, patch: { text } })
    announce(t('stickies.updated'))
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLLIElement>): void => {
    if (e.target !== e.currentTarget || editing) return
    if (e.key === 'Enter') {
      e.preventDefault()
      setEditing(true)
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault()
      remove()
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1
      const target = siblingCard(e.currentTarget, step)
      if (target) {
        e.preventDefault()
        target.focus()
      }
    }
  }

  const name = excerpt(sticky.text)
  return (
    <li
      ref={ref}
      className={`sticky sticky--${sticky.colour}${editing ? ' sticky--editing' : ''}`}
      data-sticky-id={sticky.id}
      tabIndex={editing ? -1 : 0}
      onKeyDown={onKeyDown}
      onDoubleClick={(e) => {
        if (!editing && !(e.target instanceof HTMLButtonElement)) setEditing(true)
      }}
    >
      {editing ? (
        <StickyEditor
          initial={sticky.text}
          onSave={save}
          onDone={() => {
            setEditing(false)
            focusSelf()
          }}
        />
      ) : (
        <p className="sticky__text" dir="auto">
          {sticky.text}
        </p>
      )}
      {sticky.hidden && <span className="sticky__badge">{t('stickies.hidden')}</span>}
      {!editing && (
        <div className="sticky__actions">
          <button type="button" className="sticky__action" aria-label={t('stickies.editNamed', { text: name })} onClick={() => setEditing(true)}>
            {t('stickies.edit')}
          </button>
          <button type="button" className="sticky__action" aria-label={t('stickies.removeNamed', { text: name })} onClick={remove}>
            {t('stickies.remove')}
          </button>
        </div>
      )}
    </li>
  )
})
