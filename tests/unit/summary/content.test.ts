import { describe, expect, it } from 'vitest'
import { lex, proposalRow, SampleIds, stickyRow, voteRow } from '../../../src/main/report/sample-build.ts'
import { sampleWorkshop } from '../../../src/main/report/sample.ts'
import { MAX_VOTE_LINES } from '../../../src/shared/summary/build.ts'
import { proposeSummaryFileName } from '../../../src/shared/summary/filename.ts'
import { addDays, defaultCorrectionsBy } from '../../../src/shared/summary/options.ts'
import { notePlainText } from '../../../src/shared/summary/plain-text.ts'
import { prepareSummary } from '../../../src/shared/summary/prepare.ts'
import { correctText, meetingRowsOf, proposalsOfMeeting, replaceMeetingRows } from '../../../src/shared/summary/rows.ts'
import { circle, PNR, WRONG } from './fixture.ts'

const TODAY = { today: '2025-04-10' }

describe('the summary content', () => {
  it('lists the themes first, then the notes in no theme, with their steps and the ranked votes', () => {
    const data = circle()
    const { content } = prepareSummary(data, data.ids.m2, {}, TODAY)
    expect(content.themes.map((t) => [t.title, t.notes.length])).toEqual([
      ['Belysning och miljö', 5],
      ['Mötesplatser', 5],
      ['Kontakt med kommunen', 4],
      ['Kollektivtrafik', 3],
      ['Andra tankar', 4]
    ])
    expect(content.themes[2].happening).toBe(true)
    expect(content.votes).toEqual([
      {
        title: 'Vad är viktigast?',
        more: 0,
        lines: [
          { rank: 1, label: 'Belysning och miljö', votes: 7 },
          { rank: 2, label: 'Mötesplatser', votes: 5 },
          { rank: 2, label: 'Kontakt med kommunen', votes: 5 },
          { rank: 4, label: 'Kollektivtrafik', votes: 2 },
          { rank: 5, label: 'Grannarna hjälper varandra', votes: 1 }
        ]
      }
    ])
    expect(content.steps[1]).toEqual({ title: 'Egna erfarenheter', question: 'När känner du dig trygg eller otrygg i Fittja?' })
    expect(content.meeting).toEqual({ number: 2, title: 'Var känner vi oss trygga?', date: '2025-04-10', place: 'Fittja bibliotek', participantCount: 8 })
    expect(content.nextMeeting).toEqual({ date: '2025-05-08', title: 'Från erfarenheter till förslag', place: 'Fittja centrum' })
    expect(content.questions).toHaveLength(2)
    expect(content.firstSteps[0]).toMatchObject({ item: 'Belysning och miljö', owner: 'Samhällsbyggnadsförvaltningen', due: 'maj 2025' })
  })

  it('never carries an author label, and replaces finds only when asked', () => {
    const data = circle()
    const plain = prepareSummary(data, data.ids.m2, {}, TODAY)
    expect(plain.hits.map((h) => h.match)).toEqual([PNR])
    expect(JSON.stringify(plain.content)).toContain(PNR)
    expect(plain.rows.stickies.every((s) => s.authorLabel === null)).toBe(true)
    const safe = prepareSummary(data, data.ids.m2, { pseudonymise: true }, TODAY)
    expect(safe.hits).toHaveLength(1)
    expect(JSON.stringify(safe.content)).not.toContain(PNR)
    expect(JSON.stringify(safe.rows)).not.toContain(PNR)
  })

  it('cuts a long vote to the first lines and counts the rest', () => {
    const data = circle()
    const ids = new SampleIds()
    const phase = data.phases.find((p) => p.kind === 'vote')
    if (!phase) throw new Error('no vote phase')
    const extra = Array.from({ length: 12 }, (_, i) => stickyRow(ids, phase, 100 + i, `Idé ${i + 1}`))
    data.stickies.push(...extra)
    data.votes = extra.map((s, i) => voteRow(ids, phase, s, 'paper', 20 - i))
    const { content } = prepareSummary(data, data.ids.m2, {}, TODAY)
    expect(content.votes[0].lines).toHaveLength(MAX_VOTE_LINES)
    expect(content.votes[0].more).toBe(12 - MAX_VOTE_LINES)
  })

  it('leaves out steps that never started, unless something was written in them', () => {
    const data = circle()
    const pending = data.phases.find((p) => p.title === 'Samtal')
    if (!pending) throw new Error('no phase')
    pending.state = 'pending'
    expect(prepareSummary(data, data.ids.m2, {}, TODAY).content.steps.map((s) => s.title)).toContain('Samtal') // it has a note
    data.notes = []
    expect(prepareSummary(data, data.ids.m2, {}, TODAY).content.steps.map((s) => s.title)).not.toContain('Samtal')
  })

  it("takes the proposals grown from the meeting's themes, or all unlinked ones in a meeting with a proposal step", () => {
    const data = sampleWorkshop()
    const [m1, m2, m3] = data.meetings
    expect(proposalsOfMeeting(data, m3.id)).toHaveLength(5)
    expect(proposalsOfMeeting(data, m1.id)).toHaveLength(0)
    const ids = new SampleIds()
    const housing = data.clusters.find((c) => c.title === 'Segregerat boende')
    data.proposals.push(proposalRow(ids, 6, 'Bygg blandat', 'Boende', [], { sourceClusterId: housing?.id ?? null }))
    expect(proposalsOfMeeting(data, m2.id).map((p) => p.text)).toEqual(['Bygg blandat'])
    expect(proposalsOfMeeting(data, m3.id)).toHaveLength(5)
    const { content } = prepareSummary(data, m2.id, {}, TODAY)
    expect(content.proposals).toEqual([{ label: 'Rekommendation 6', text: 'Bygg blandat' }])
  })

  it('carries a wording correction into notes, keeping their formatting, without touching other meetings', () => {
    const data = circle()
    const rows = correctText(meetingRowsOf(data, data.ids.m2), 'mörkret', 'mörkret under vintern')
    expect(rows.notes[0].plainText).toContain('att mörkret under vintern är det största')
    expect(rows.notes[0].lexicalJson).toContain('"text":"mörkret under vintern","format":1')
    const swapped = replaceMeetingRows(data, correctText(meetingRowsOf(data, data.ids.m2), 'Fittja torg', 'Fittja centrum'))
    expect(swapped.stickies.some((s) => s.text === WRONG)).toBe(false)
    expect(swapped.stickies).toHaveLength(data.stickies.length)
    expect(swapped.stickies.filter((s) => s.text === 'Hur många känner sig otrygga?')).toHaveLength(1)
    expect(swapped.votes).toHaveLength(data.votes.length)
    expect(swapped.countermeasures).toHaveLength(data.countermeasures.length)
  })

  it('turns a note into e-mail text: list items with dashes, quotes in quotation marks', () => {
    const json = lex.state(lex.heading('h2', 'Rubrik'), lex.paragraph(lex.text('Första')), lex.list('number', ['ett', 'två']), lex.quote('Citat'))
    expect(notePlainText(json, '')).toBe('Rubrik\nFörsta\n1. ett\n2. två\n”Citat”')
    expect(notePlainText('not json', 'reserv')).toBe('reserv')
  })

  it('dates the corrections two weeks after the meeting or the export, whichever is later, and names the file', () => {
    expect(addDays('2025-12-25', 14)).toBe('2026-01-08')
    expect(defaultCorrectionsBy('2025-04-10', '2025-04-10')).toBe('2025-04-24')
    expect(defaultCorrectionsBy('2025-03-01', '2025-04-10')).toBe('2025-04-24')
    expect(defaultCorrectionsBy('2025-05-01', '2025-04-10')).toBe('2025-05-15')
    expect(defaultCorrectionsBy(null, '2025-04-10')).toBe('2025-04-24')
    expect(proposeSummaryFileName('2025-04-10', 'Trygghet: i/Fittja', 2, 2, 'sv')).toBe('2025-04-10 Minnesanteckningar träff 2, version 2 – Trygghet i Fittja.docx')
    expect(proposeSummaryFileName('2025-04-10', 'Park', null, 1, 'en')).toBe('2025-04-10 Meeting notes – Park.docx')
  })
})
