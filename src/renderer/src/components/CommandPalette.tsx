import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { allCommands, commandContext, formatShortcut, isEnabled, runCommand } from '../commands/index.ts'
import { useTranslation } from '../i18n/index.ts'
import { useAppStore } from '../store/index.ts'
import { useShortcutWords } from './useShortcutWords.ts'

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

function PaletteBody({ onRun }: { onRun: (id: string) => void }): React.JSX.Element {
  const { t } = useTranslation()
  const words = useShortcutWords()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()

  // Enabled-ness is read once, when the palette opens: nothing else changes while it is open.
  const items = useMemo(() => {
    const ctx = commandContext()
    return allCommands()
      .filter((c) => !c.hidden)
      .map((c) => ({
        id: c.id,
        label: typeof c.label === 'function' ? c.label(t) : t(`commands.${c.label}`),
        group: t(`commands.groups.${c.group}`),
        shortcut: c.shortcuts?.[0] ? formatShortcut(c.shortcuts[0], words) : null,
        enabled: isEnabled(c, ctx)
      }))
  }, [t, words])

  const shown = useMemo(() => {
    const q = fold(query.trim())
    return q ? items.filter((i) => fold(`${i.label} ${i.group}`).includes(q)) : items
  }, [items, query])

  const current = Math.min(active, Math.max(0, shown.length - 1))
  const optionId = (i: number): string => `${listId}-${i}`

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (shown.length === 0) return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((current + step + shown.length) % shown.length)
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault()
      setActive(e.key === 'Home' ? 0 : shown.length - 1)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const item = shown[current]
      if (item?.enabled) onRun(item.id)
    }
  }

  return (
    <>
      <label className="palette__label" htmlFor={`${listId}-input`}>
        {t('commands.searchLabel')}
      </label>
      <input
        id={`${listId}-input`}
        className="palette__input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? optionId(current) : undefined}
        placeholder={t('commands.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        autoFocus
      />
      <ul className="palette__list" id={listId} role="listbox" aria-label={t('commands.paletteTitle')}>
        {shown.map((item, i) => (
          <li
            key={item.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            aria-disabled={!item.enabled}
            className="palette__option"
            onMouseMove={() => setActive(i)}
            onClick={() => item.enabled && onRun(item.id)}
          >
            <span className="palette__option-label">{item.label}</span>
            <span className="palette__option-group">
              {item.enabled ? item.group : `${item.group} · ${t('commands.disabled')}`}
            </span>
            {item.shortcut && <kbd className="kbd">{item.shortcut}</kbd>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="palette__empty">{t('commands.none')}</p>}
    </>
  )
}

/** Ctrl/Cmd+K: every command, searchable, run by keyboard. A native modal dialog traps focus. */
export function CommandPalette(): React.JSX.Element {
  const { t } = useTranslation()
  const open = useAppStore((s) => s.paletteOpen)
  const setOpen = useAppStore((s) => s.setPaletteOpen)
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      className="palette"
      aria-labelledby={titleId}
      // Escape fires "cancel" at once but "close" only as a later task, and Chromium runs input
      // before such tasks: a Ctrl+K in between reopens the palette, and the late "close" must
      // not shut it again, so it counts only while the dialog really is closed.
      onCancel={() => setOpen(false)}
      onClose={(e) => {
        if (!e.currentTarget.open) setOpen(false)
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) setOpen(false)
      }}
    >
      <h2 id={titleId} className="palette__title">
        {t('commands.paletteTitle')}
      </h2>
      {open && (
        <PaletteBody
          onRun={(id) => {
            setOpen(false)
            runCommand(id)
          }}
        />
      )}
    </dialog>
  )
}
