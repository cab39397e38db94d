import type { PhoneState } from '../shared/participants/schemas.ts'
import type { PhoneStringKey } from '../shared/participants/strings.ts'
import { el, setText, show, userText } from './dom.ts'
import { onLanguage, t } from './i18n.ts'

type Vote = NonNullable<PhoneState['vote']>
type Option = Vote['options'][number]

export interface VoteView {
  readonly root: HTMLElement
  update(vote: Vote): void
  problem(key: PhoneStringKey | null, vars?: Record<string, number>): void
  busy(on: boolean): void
}

interface Row {
  li: HTMLLIElement
  label: HTMLElement
  dots: HTMLElement
  count: HTMLElement
  minus: HTMLButtonElement
  plus: HTMLButtonElement
  option: Option
}

const keyOf = (o: { targetType: string; targetId: string }): string => `${o.targetType}:${o.targetId}`

/** Spending dots: how many are left, and each item with − and + big enough for any thumb. */
export function voteView(cast: (option: Option, delta: 1 | -1) => void): VoteView {
  const root = el('section', 'vote')
  const title = el('h2', 'vote-title')
  const left = el('p', 'dots-left')
  const leftText = el('span', 'dots-left-text')
  const leftDots = el('span', 'dots-left-dots')
  leftDots.setAttribute('aria-hidden', 'true')
  left.appendChild(leftText)
  left.appendChild(leftDots)
  left.setAttribute('aria-live', 'polite')
  const message = el('p', 'message error')
  message.setAttribute('role', 'status')
  show(message, false)
  const empty = el('p', 'hint')
  // Said before anyone taps a greyed-out +: how to move a dot once all are placed.
  const full = el('p', 'hint')
  const list = el('ul', 'options')
  root.appendChild(title)
  root.appendChild(left)
  root.appendChild(message)
  root.appendChild(empty)
  root.appendChild(full)
  root.appendChild(list)

  let rows: Row[] = []
  let order = ''
  let current: Vote | null = null
  let busy = false
  let problem: { key: PhoneStringKey; vars?: Record<string, number> } | null = null

  const makeRow = (option: Option): Row => {
    const li = el('li', 'option')
    const label = userText('p', 'option-label')
    const controls = el('div', 'controls')
    const minus = el('button', 'dot-button minus', '−')
    minus.type = 'button'
    const middle = el('div', 'mine')
    const dots = el('span', 'mine-dots')
    dots.setAttribute('aria-hidden', 'true')
    const count = el('span', 'mine-count')
    middle.appendChild(dots)
    middle.appendChild(count)
    const plus = el('button', 'dot-button plus', '+')
    plus.type = 'button'
    controls.appendChild(minus)
    controls.appendChild(middle)
    controls.appendChild(plus)
    li.appendChild(label)
    li.appendChild(controls)
    const row: Row = { li, label, dots, count, minus, plus, option }
    minus.addEventListener('click', () => cast(row.option, -1))
    plus.addEventListener('click', () => cast(row.option, 1))
    return row
  }

  const sync = (): void => {
    setText(title, t('voteTitle'))
    const vote = current
    if (!vote) return
    setText(leftText, vote.closed ? t('voteClosed') : t('dotsLeft', { n: vote.remaining, total: vote.dotsPerParticipant }))
    let visual = ''
    for (let i = 0; i < vote.dotsPerParticipant && !vote.closed; i++) visual += i < vote.remaining ? '●' : '○'
    setText(leftDots, visual)
    show(empty, vote.options.length === 0)
    setText(empty, t('nothingToVote'))
    show(full, !vote.closed && vote.remaining === 0 && vote.dotsPerParticipant > 0 && problem === null)
    setText(full, t('allUsed'))
    for (const row of rows) {
      const o = row.option
      setText(row.label, o.label)
      let mine = ''
      for (let i = 0; i < o.mine; i++) mine += '●'
      setText(row.dots, mine)
      setText(row.count, t('yourDots', { n: o.mine }))
      row.minus.disabled = busy || vote.closed || o.mine === 0
      row.plus.disabled = busy || vote.closed || vote.remaining === 0 || o.mine >= vote.maxDotsPerItem
      row.minus.setAttribute('aria-label', `${t('removeDot')}: ${o.label}`)
      row.plus.setAttribute('aria-label', `${t('addDot')}: ${o.label}`)
      row.li.className = o.mine > 0 ? 'option chosen' : 'option'
    }
    show(message, problem !== null)
    if (problem) setText(message, t(problem.key, problem.vars))
  }

  onLanguage(sync)
  sync()

  return {
    root,
    update: (vote) => {
      current = vote
      const nextOrder = vote.options.map(keyOf).join('|')
      if (nextOrder !== order) {
        // The items changed (a new cluster, a renamed one keeps its row): rebuild, keeping rows by key.
        const byKey: Record<string, Row> = {}
        for (const row of rows) byKey[keyOf(row.option)] = row
        rows = vote.options.map((o) => byKey[keyOf(o)] || makeRow(o))
        while (list.firstChild) list.removeChild(list.firstChild)
        for (const row of rows) list.appendChild(row.li)
        order = nextOrder
      }
      for (let i = 0; i < rows.length; i++) rows[i].option = vote.options[i]
      // A hint about the limits is shown only while it still applies.
      if (problem && (problem.key === 'allUsed' || problem.key === 'maxPerItem') && vote.remaining > 0) problem = null
      sync()
    },
    problem: (key, vars) => {
      problem = key ? { key, vars } : null
      sync()
    },
    busy: (on) => {
      busy = on
      sync()
    }
  }
}
