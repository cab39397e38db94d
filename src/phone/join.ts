import { JOIN_CODE_LENGTH } from '../shared/participants/codes.ts'
import type { PhoneStringKey } from '../shared/participants/strings.ts'
import { el, setText, show } from './dom.ts'
import { onLanguage, t } from './i18n.ts'

export interface JoinView {
  readonly root: HTMLElement
  /** Show a problem under the field (null clears it), and put the typed code back if given. */
  problem(key: PhoneStringKey | null, code?: string): void
  busy(on: boolean): void
}

/** Typing the code: for phones that did not scan the QR code, or whose session ended. */
export function joinView(submit: (code: string) => void): JoinView {
  const root = el('section', 'card join')
  const title = el('h1', 'title')
  const form = el('form', 'join-form')
  form.setAttribute('novalidate', '')
  const label = el('label', 'field-label')
  label.htmlFor = 'join-code'
  const input = el('input', 'code-input')
  input.id = 'join-code'
  input.type = 'text'
  input.setAttribute('autocomplete', 'off')
  input.setAttribute('autocapitalize', 'characters')
  input.setAttribute('autocorrect', 'off')
  input.setAttribute('spellcheck', 'false')
  input.setAttribute('dir', 'ltr')
  // Room for "ABC 234" or "ABC-234" as people copy it from the wall.
  input.maxLength = JOIN_CODE_LENGTH + 3
  const button = el('button', 'primary')
  button.type = 'submit'
  const message = el('p', 'message error')
  message.setAttribute('role', 'alert')
  show(message, false)
  let problemKey: PhoneStringKey | null = null

  form.appendChild(label)
  form.appendChild(input)
  form.appendChild(button)
  root.appendChild(title)
  root.appendChild(form)
  root.appendChild(message)

  form.addEventListener('submit', (e) => {
    e.preventDefault()
    submit(input.value)
  })
  const sync = (): void => {
    setText(title, t('joinTitle'))
    setText(label, t('joinCodeLabel'))
    setText(button, t('joinButton'))
    if (problemKey) setText(message, t(problemKey))
  }
  onLanguage(sync)
  sync()

  return {
    root,
    problem: (key, code) => {
      problemKey = key
      if (code !== undefined) input.value = code
      show(message, key !== null)
      if (key) setText(message, t(key))
    },
    busy: (on) => {
      button.disabled = on
    }
  }
}
