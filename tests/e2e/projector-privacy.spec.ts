import { createWorkshop, openInPage } from './board-helpers.ts'
import { expect, test } from './fixtures.ts'
import { openProjectorPage, screen } from './projector-helpers.ts'

// Nothing private ever reaches the room: with facilitator notes, guidance, a note hidden by
// silent writing, author labels, personal data the guard flags and receivers' contact details all
// present, the projector page's text, its markup and every frame its socket received hold none of
// them, in every phase and presenter state, while the facilitator works in the same browser.

const SECRETS = {
  guidance: 'HEMLIG-VÄGLEDNING för samtalsledaren',
  facilitatorNote: 'HEMLIG-ANTECKNING från mötet',
  phaseNote: 'HEMLIG-FASANTECKNING om gruppen',
  hiddenNote: 'HEMLIG-DOLD lapp under tyst skrivande',
  author: 'Författare-Zelda',
  personnummer: '811218-9876',
  phone: '070-123 45 67',
  knownName: 'Zlatanella',
  contact: 'kontakt.hemlig@example.se',
  responsible: 'Ansvarig-Hemlig',
  owner: 'Ägare-Hemlig'
} as const

const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const lexicalState = (t: string): string =>
  JSON.stringify({
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: [text(t)], direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' }],
      direction: null,
      format: '',
      indent: 0,
      version: 1
    }
  })

/** The secrets found in a text, also as JSON escapes them. */
function leaks(s: string): string[] {
  return Object.values(SECRETS).filter((secret) => s.includes(secret) || s.includes(JSON.stringify(secret).slice(1, -1)))
}

test('the projector never shows or receives anything private', async ({ page, context, host, api }) => {
  test.setTimeout(90_000)
  const ws = await createWorkshop(api, 'Trygghet i Alby')
  const { docId } = ws
  const { data } = await api<{ data: { meetings: Array<{ id: string }>; phases: Array<{ id: string; title: string }> } }>('workshop.get', { docId })
  const meetingId = data.meetings[0].id
  for (const p of data.phases) await api('phase.update', { docId, id: p.id, patch: { guidance: `${SECRETS.guidance} (${p.title})` } })
  await api('note.save', { docId, meetingId, phaseId: null, lexicalJson: lexicalState(SECRETS.facilitatorNote) })
  await api('note.save', { docId, meetingId, phaseId: ws.phase('capture'), lexicalJson: lexicalState(SECRETS.phaseNote) })
  await api('knownName.add', { docId, name: SECRETS.knownName })

  const capture = ws.phase('capture')
  await ws.goTo('capture')
  const add = async (t: string): Promise<string> => (await api<{ id: string }>('sticky.add', { docId, phaseId: capture, text: t, authorLabel: SECRETS.author })).id
  const bus = await add('Bussen slutar gå klockan sju')
  const lamp = await add('Ingen belysning i gångtunneln')
  const pnr = await add(`Ring mig på ${SECRETS.personnummer} om lokalen`)
  await add(`Mitt nummer är ${SECRETS.phone}`)
  const named = await add(`Fråga ${SECRETS.knownName} om nycklarna`)
  await api('phase.setSilent', { docId, phaseId: capture, silent: true })
  const hidden = await add(SECRETS.hiddenNote)
  const dark = await api<{ id: string }>('cluster.create', { docId, phaseId: capture, stickyIds: [lamp, bus], title: 'Otrygga kvällar' })
  await api('cluster.create', { docId, phaseId: capture, stickyIds: [pnr, named] })
  await api('countermeasure.add', { docId, targetType: 'cluster', targetId: dark.id, text: 'Be tekniska om belysning', owner: 'Tekniska', due: 'maj' })
  const body = await api<{ id: string }>('body.add', { docId, name: 'Tekniska nämnden', abbreviation: 'TN', contact: SECRETS.contact, isReceiver: true, answerBy: '2030-06-30' })
  await api('effectRow.add', { docId, goalArea: 'Trygghet', activity: 'Belysa gångtunneln', responsibleIds: [body.id], time: '2026' })
  const proposal = await api<{ id: string }>('proposal.add', { docId, text: 'Belys alla gångtunnlar', theme: 'Trygghet', owner: SECRETS.owner, receiverIds: [body.id] })
  await api('response.record', { docId, proposalId: proposal.id, bodyId: body.id, decision: 'agreed', commitment: 'Vi belyser två tunnlar', responsible: SECRETS.responsible })
  await api('phase.add', { docId, meetingId, kind: 'proposals', title: 'Rekommendationer', prompt: 'Vad rekommenderar vi?', guidance: SECRETS.guidance })
  await api('phase.add', { docId, meetingId, kind: 'responses', title: 'Svar', prompt: 'Vad svarade de?', guidance: SECRETS.guidance })
  await api('vote.configure', { docId, phaseId: ws.phase('vote'), voteTarget: 'sticky' })
  await api('vote.setTally', { docId, phaseId: ws.phase('vote'), targetType: 'sticky', targetId: pnr, count: 4 })
  await api('vote.setTally', { docId, phaseId: ws.phase('vote'), targetType: 'sticky', targetId: bus, count: 2 })

  // The facilitator works in the same browser, with the private things on their own screen.
  await openInPage(page, host, ws.path, 'Trygghet i Alby')
  await expect(page.getByText(SECRETS.hiddenNote)).toBeVisible()
  const { page: room, frames, requests } = await openProjectorPage(context, api, docId)
  const wall = screen(room)

  const checked: string[] = []
  const check = async (label: string): Promise<void> => {
    await room.waitForTimeout(200)
    const shown = `${await room.content()}\n${await room.locator('body').innerText()}`
    expect(leaks(shown), `the projector page shows something private (${label})`).toEqual([])
    checked.push(label)
  }

  await expect(wall.locator('.pj-note')).toHaveCount(5)
  await expect(wall).toContainText('1 lapp väntar på att visas')
  await expect(wall.locator('.pj-note--withheld')).toHaveCount(3)
  await check('capture, silent')

  // Silent writing ends; the note written under it stays hidden until revealed.
  await api('phase.setSilent', { docId, phaseId: capture, silent: false })
  await expect(wall).not.toContainText('Tyst skrivande')
  await check('capture, after silent writing')

  for (const kind of ['inform', 'cluster', 'reflect', 'vote', 'invert', 'effect_chain']) {
    await ws.goTo(kind)
    await expect(wall).toHaveAttribute('data-kind', kind === 'inform' ? 'prompt' : kind === 'vote' ? 'vote' : kind === 'effect_chain' ? 'effect_chain' : 'board')
    await check(kind)
  }
  await ws.goTo('vote')
  await api('vote.reveal', { docId, phaseId: ws.phase('vote') })
  await expect(wall.locator('.pj-bar')).not.toHaveCount(0)
  await check('vote revealed')
  await api('projector.step', { docId, direction: 1 })
  await expect(wall.locator('.pj-spot')).toBeVisible()
  await check('vote spotlight')
  await api('projector.setPresenter', { docId, spotlight: null })

  const { data: after } = await api<{ data: { phases: Array<{ id: string; kind: string }> } }>('workshop.get', { docId })
  for (const kind of ['proposals', 'responses']) {
    await api('run.goToPhase', { docId, phaseId: after.phases.find((p) => p.kind === kind)!.id })
    await expect(wall).toHaveAttribute('data-kind', kind)
    await check(kind)
  }

  // A reveal while the screen is frozen, then unfrozen; and the blank screen.
  await ws.goTo('capture')
  await api('projector.setPresenter', { docId, frozen: true })
  await api('sticky.update', { docId, id: hidden, patch: { text: `${SECRETS.hiddenNote} ändrad` } })
  await check('frozen')
  await api('projector.setPresenter', { docId, frozen: false, blank: true })
  await expect(wall).toHaveAttribute('data-kind', 'blank')
  await check('blank')
  await api('projector.setPresenter', { docId, blank: false })
  await expect(wall).toHaveAttribute('data-kind', 'board')

  // Every frame that reached the room's page: real views, and none with a secret.
  expect(frames.length).toBeGreaterThan(10)
  expect(frames.every((f) => (JSON.parse(f) as { type: string }).type === 'projector')).toBe(true)
  for (const frame of frames) expect(leaks(frame), 'a frame sent to the projector holds something private').toEqual([])
  // Frames did carry the room's content, so the check above looked at real data.
  expect(frames.some((f) => f.includes('Bussen slutar gå klockan sju'))).toBe(true)
  expect(requests.filter((p) => p.startsWith('/api') || p === '/events')).toEqual([])
  expect(checked.length).toBe(14)
})
