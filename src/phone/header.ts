import { PHONE_LANGUAGES } from '../shared/participants/strings.ts'
import { el } from './dom.ts'
import { language, onLanguage, setLanguage, t } from './i18n.ts'

/** The language buttons: each language named in itself, so everyone finds their own. */
export function header(): HTMLElement {
  const bar = el('header', 'top')
  const brand = el('p', 'brand', 'Medskapa')
  const nav = el('nav', 'languages')
  const buttons: HTMLButtonElement[] = []
  for (const l of PHONE_LANGUAGES) {
    const b = el('button', 'lang', l.name)
    b.type = 'button'
    b.setAttribute('lang', l.code)
    b.setAttribute('dir', l.dir)
    b.addEventListener('click', () => setLanguage(l.code, true))
    buttons.push(b)
    nav.appendChild(b)
  }
  const sync = (): void => {
    nav.setAttribute('aria-label', t('language'))
    for (let i = 0; i < buttons.length; i++) {
      const selected = PHONE_LANGUAGES[i].code === language()
      buttons[i].setAttribute('aria-pressed', selected ? 'true' : 'false')
      buttons[i].className = selected ? 'lang selected' : 'lang'
    }
  }
  onLanguage(sync)
  sync()
  bar.appendChild(brand)
  bar.appendChild(nav)
  return bar
}
