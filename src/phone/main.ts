import './phone.css'
import { JOIN_CODE_QUERY, PHONE_POLL_MS, PHONE_ROUTES } from '../shared/participants/protocol.ts'
import type { PhoneState } from '../shared/participants/schemas.ts'
import type { PhoneStringKey } from '../shared/participants/strings.ts'
import { el, setText, show, userText } from './dom.ts'
import { header } from './header.ts'
import { initialLanguage, onLanguage, setLanguage, t } from './i18n.ts'
import { joinView } from './join.ts'
import { request, type Reply } from './net.ts'
import { voteView } from './vote.ts'
import { writeView } from './write.ts'

// The resident's phone page: join with the code, see the question, write a note or spend dots.
// Nothing else. It asks the server for the state every two seconds (robust on old browsers and
// flaky Wi-Fi, where a held-open stream is not) and draws only what changed.

type StateReply = { ok: true; state: PhoneState }

const app = document.getElementById('app') as HTMLElement
while (app.firstChild) app.removeChild(app.firstChild)
setLanguage(initialLanguage(), false)

const offlineBanner = el('p', 'banner')
offlineBanner.setAttribute('role', 'alert')
show(offlineBanner, false)

const join = joinView(submitCode)

const main = el('section', 'card room')
const kicker = el('p', 'kicker')
const question = userText('h1', 'question')
const wait = el('p', 'wait')
const write = writeView(sendNote)
const vote = voteView((option, delta) => castDot(option.targetType, option.targetId, delta, option.mine))
main.appendChild(kicker)
main.appendChild(question)
main.appendChild(wait)
main.appendChild(write.root)
main.appendChild(vote.root)

const footer = el('footer', 'anonymous')

app.appendChild(header())
app.appendChild(offlineBanner)
app.appendChild(join.root)
app.appendChild(main)
app.appendChild(footer)

// null until the server has said whether this phone has joined: no flash of the code field on reload.
let joined: boolean | null = null
let offline = false
let state: PhoneState | null = null
let timer: ReturnType<typeof setTimeout> | null = null
let shownPhaseId: string | null = null

function render(): void {
  setText(offlineBanner, t('offline'))
  show(offlineBanner, offline)
  setText(footer, t('anonymous'))
  show(join.root, joined === false)
  show(main, joined === true && state !== null)
  if (joined !== true || !state) return
  const phase = state.phase
  const phaseId = phase ? phase.id : null
  if (phaseId !== shownPhaseId) {
    shownPhaseId = phaseId
    write.clear()
    vote.problem(null)
  }
  setText(kicker, phase ? t('questionLabel') : '')
  show(kicker, phase !== null)
  setText(question, phase ? phase.prompt.trim() || phase.title : '')
  show(question, phase !== null)
  const mode = phase ? phase.mode : 'wait'
  setText(wait, !state.meetingRunning || !phase ? t('waitStart') : t('waitPhase'))
  show(wait, mode === 'wait')
  show(write.root, mode === 'write')
  show(vote.root, mode === 'vote' && state.vote !== null)
  if (mode === 'vote' && state.vote) vote.update(state.vote)
}
onLanguage(render)

function schedule(ms: number): void {
  if (timer !== null) clearTimeout(timer)
  timer = setTimeout(poll, ms)
}

function poll(): void {
  timer = null
  request<StateReply>('GET', PHONE_ROUTES.state, null, (reply) => {
    if (reply.ok && reply.body) {
      joined = true
      offline = false
      state = reply.body.state
      render()
      // A phone in a pocket needs no fresh state every two seconds.
      schedule(document.hidden ? PHONE_POLL_MS * 5 : PHONE_POLL_MS)
      return
    }
    if (reply.status === 401) {
      // The server was restarted or this phone never joined: ask for the code (again).
      joined = false
      offline = false
      render()
      return
    }
    offline = reply.error === 'offline'
    render()
    schedule(PHONE_POLL_MS * 2)
  })
}

document.addEventListener('visibilitychange', () => {
  if (!document.hidden && joined) schedule(0)
})

function joinProblem(reply: Reply<unknown>): PhoneStringKey {
  if (reply.error === 'locked' || reply.error === 'join_paused' || reply.error === 'too_many') return 'joinLocked'
  if (reply.error === 'offline') return 'offline'
  if (reply.error === 'wrong_code' || reply.error === 'bad_request') return 'joinWrong'
  return 'failed'
}

function submitCode(code: string): void {
  join.busy(true)
  request('POST', PHONE_ROUTES.join, { code }, (reply) => {
    join.busy(false)
    if (!reply.ok) {
      joined = false
      join.problem(joinProblem(reply), code)
      render()
      return
    }
    join.problem(null, '')
    joined = true
    poll()
  })
}

function sendNote(text: string): void {
  if (!state || !state.phase) return
  write.busy(true)
  request('POST', PHONE_ROUTES.note, { phaseId: state.phase.id, text }, (reply) => {
    write.busy(false)
    if (reply.ok) return write.sent()
    if (reply.status === 401) {
      joined = false
      return render()
    }
    if (reply.error === 'too_many') return write.problem('tooFast')
    if (reply.error === 'too_long') return write.problem('tooLong', { n: state ? state.noteMaxLength : 0 })
    if (reply.error === 'empty') return write.problem('empty')
    if (reply.error === 'closed') {
      write.problem('notesClosed')
      return schedule(0)
    }
    write.problem(reply.error === 'offline' ? 'offline' : 'failed')
  })
}

function castDot(targetType: string, targetId: string, delta: 1 | -1, mine: number): void {
  if (!state || !state.phase || !state.vote) return
  const before = state.vote
  vote.busy(true)
  request<StateReply>('POST', PHONE_ROUTES.vote, { phaseId: state.phase.id, targetType, targetId, delta }, (reply) => {
    vote.busy(false)
    if (reply.ok && reply.body) {
      state = reply.body.state
      vote.problem(null)
      return render()
    }
    if (reply.status === 401) {
      joined = false
      return render()
    }
    // Say which limit was hit, in the resident's language, from what the phone already knows.
    if (reply.error === 'too_many') vote.problem('tooFast')
    else if (delta === 1 && before.remaining === 0) vote.problem('allUsed')
    else if (delta === 1 && mine >= before.maxDotsPerItem) vote.problem('maxPerItem', { n: before.maxDotsPerItem })
    else vote.problem(reply.error === 'offline' ? 'offline' : 'failed')
    schedule(0)
  })
}

// Scanning the QR code opens /j?c=CODE: join at once, then take the code out of the address bar
// so it is not left in the history or shown to someone looking over a shoulder.
function start(): void {
  const match = new RegExp(`[?&]${JOIN_CODE_QUERY}=([^&#]*)`).exec(window.location.search)
  if (match) {
    try {
      window.history.replaceState(null, '', PHONE_ROUTES.page)
    } catch {
      // very old browsers: the code stays in the address bar, which is harmless
    }
    let code = match[1]
    try {
      code = decodeURIComponent(code)
    } catch {
      // keep it as typed
    }
    render()
    submitCode(code)
    return
  }
  // Already joined (a reload)? The state answers; a 401 shows the code field.
  render()
  poll()
}

start()
