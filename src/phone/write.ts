import { PHONE_NOTE_MAX } from '../shared/participants/protocol.ts'
import type { PhoneStringKey } from '../shared/participants/strings.ts'
import { el, setText, show } from './dom.ts'
import { onLanguage, t } from './i18n.ts'

export interface WriteView {
  readonly root: HTMLElement
  /** After the server said "received": empty the note and say thank you. */
  sent(): void
  /** A new question: the last thank-you or problem no longer applies (the draft stays). */
  clear(): void
  /** Something went wrong; the text stays so nothing written is lost. */
  problem(key: PhoneStringKey, vars?: Record<string, number>): void
  busy(on: boolean): void
}

/** Writing one note: a big yellow field, how much room is left, and one button. */
export function writeView(send: (text: string) => void): WriteView {
  const root = el('section', 'write')
  const form = el('form', 'write-form')
  form.setAttribute('novalidate', '')
  const label = el('label', 'field-label')
  label.htmlFor = 'note-text'
  const text = el('textarea', 'note')
  text.id = 'note-text'
  text.rows = 5
  text.maxLength = PHONE_NOTE_MAX
  text.setAttribute('dir', 'auto')
  const counter = el('p', 'counter')
  counter.setAttribute('aria-live', 'polite')
  const button = el('button', 'primary')
  button.type = 'submit'
  const message = el('div', 'message')
  message.setAttribute('role', 'status')
  const line1 = el('p', 'message-main')
  const line2 = el('p', 'message-more')
  message.appendChild(line1)
  message.appendChild(line2)
  show(message, false)

  let sending = false
  let shown: { key: PhoneStringKey; vars?: Record<string, number>; ok: boolean } | null = null

  const syncMessage = (): void => {
    show(message, shown !== null)
    if (!shown) return
    message.className = shown.ok ? 'message ok' : 'message error'
    setText(line1, (shown.ok ? '✓ ' : '') + t(shown.key, shown.vars))
    setText(line2, shown.ok ? t('writeMore') : '')
    show(line2, shown.ok)
  }
  const syncCounter = (): void => {
    const left = PHONE_NOTE_MAX - text.value.length
    // Quiet until it matters: a counter from the first letter makes people write less.
    setText(counter, left <= 100 ? t('charsLeft', { n: left }) : '')
  }
  const sync = (): void => {
    setText(label, t('noteLabel'))
    text.placeholder = t('notePlaceholder')
    setText(button, sending ? t('sending') : t('send'))
    syncCounter()
    syncMessage()
  }

  text.addEventListener('input', () => {
    syncCounter()
    if (shown) {
      shown = null
      syncMessage()
    }
  })
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    if (sending) return
    const value = text.value.replace(/^\s+|\s+$/g, '')
    if (value === '') {
      shown = { key: 'empty', ok: false }
      syncMessage()
      text.focus()
      return
    }
    send(value)
  })

  form.appendChild(label)
  form.appendChild(text)
  form.appendChild(counter)
  form.appendChild(button)
  root.appendChild(form)
  root.appendChild(message)
  onLanguage(sync)
  sync()

  return {
    root,
    sent: () => {
      text.value = ''
      shown = { key: 'received', ok: true }
      sync()
      // The thank-you sits below the button, which a phone's keyboard may hide.
      if (message.scrollIntoView) message.scrollIntoView(false)
    },
    clear: () => {
      shown = null
      syncMessage()
    },
    problem: (key, vars) => {
      shown = { key, vars, ok: false }
      syncMessage()
    },
    busy: (on) => {
      sending = on
      button.disabled = on
      setText(button, on ? t('sending') : t('send'))
    }
  }
}
