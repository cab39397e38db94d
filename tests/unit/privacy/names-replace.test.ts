import { describe, expect, it } from 'vitest'
import { detectPersonalData, pseudonymise, pseudonymLetters } from '../../../src/shared/text/pii.ts'

const names = (text: string, knownNames: string[]): string[] =>
  detectPersonalData(text, { knownNames }).map((h) => `${h.kind}:${h.match}`)

describe('listed names', () => {
  it('finds a full name in any case and each of its parts as a whole word', () => {
    const list = ['Anna Svensson']
    expect(names('Anna Svensson berättade.', list)).toEqual(['name:Anna Svensson'])
    expect(names('anna svensson berättade.', list)).toEqual(['name:anna svensson'])
    expect(names('Som ANNA sa, och sen Svensson.', list)).toEqual(['name:ANNA', 'name:Svensson'])
    expect(names('Anna\nSvensson', list)).toEqual(['name:Anna\nSvensson'])
    expect(names('Annika och Svenssons bil, Annasson', list)).toEqual(['name:Svenssons'])
  })

  it('keeps the genitive in the hit and in the replacement', () => {
    const text = 'Annas förslag och Anna Svenssons idé'
    const hits = detectPersonalData(text, { knownNames: ['Anna Svensson'] })
    expect(hits.map((h) => [h.match, h.genitive])).toEqual([
      ['Annas', true],
      ['Anna Svenssons', true]
    ])
    expect(pseudonymise(text, hits, 'pseudonym').text).toBe('Deltagare A:s förslag och Deltagare A:s idé')
    expect(pseudonymise(text, hits, 'placeholder', { language: 'en' }).text).toBe("[name]'s förslag och [name]'s idé")
  })

  it('finds everyday words that are also names only when capitalised', () => {
    const list = ['Dag Berg', 'Per Holm']
    expect(names('I dag gick vi upp på ett berg, 10 kr per person.', list)).toEqual([])
    expect(names('Dag och Per kom, Berg och Holm också.', list)).toEqual(['name:Dag', 'name:Per', 'name:Berg', 'name:Holm'])
    expect(names('dag berg sa det', list)).toEqual(['name:dag berg']) // the full name in any case
  })

  it('skips particles and one-letter parts, and finds two-letter names only capitalised', () => {
    expect(names('Ingrid af Trolle; af och till; Trolle', ['Ingrid af Trolle'])).toEqual([
      'name:Ingrid af Trolle',
      'name:Trolle'
    ])
    expect(names('Bo sa att de bor i Alby, bo där', ['Bo Ek'])).toEqual(['name:Bo'])
    expect(names('J. Li och E.', ['J Li'])).toEqual(['name:Li'])
  })

  it('handles non-Latin scripts and decomposed letters', () => {
    expect(names('قال محمد إن المكان', ['محمد علي'])).toEqual(['name:محمد'])
    const decomposed = 'Åsa Öberg'.normalize('NFD')
    expect(names(`Hej ${decomposed}!`, ['Åsa Öberg'])).toEqual([`name:${decomposed}`])
    expect(names('ÅSA kom', ['åsa öberg'])).toEqual(['name:ÅSA'])
  })

  it('merges overlapping finds into one hit naming the person', () => {
    const hits = detectPersonalData('Anna-Karin Svensson', { knownNames: ['Anna-Karin Svensson', 'Karin Ek'] })
    expect(hits.map((h) => h.match)).toEqual(['Anna-Karin Svensson'])
  })

  it('marks a part shared by two listed people as ambiguous', () => {
    const list = [
      { id: 'p1', name: 'Anna Svensson' },
      { id: 'p2', name: 'Anna Berg' }
    ]
    const hits = detectPersonalData('Anna, Anna Svensson och Berg', { knownNames: list })
    expect(hits.map((h) => [h.match, h.nameKey])).toEqual([
      ['Anna', '?anna'],
      ['Anna Svensson', 'p1'],
      ['Berg', 'p2']
    ])
  })

  it('lets an e-mail address win over the names inside it', () => {
    expect(names('anna.svensson@boras.se', ['Anna Svensson'])).toEqual(['email:anna.svensson@boras.se'])
  })

  it('finds nothing when no list is kept', () => {
    expect(detectPersonalData('Anna Svensson')).toEqual([])
  })
})

describe('replacing', () => {
  it('uses Swedish placeholders by default and English on request', () => {
    const text = 'Anna, 811218-9876, 070-123 45 67, anna@boras.se, 701063-2391'
    const hits = detectPersonalData(text, { knownNames: ['Anna'] })
    expect(pseudonymise(text, hits, 'placeholder').text).toBe(
      '[namn], [personnummer], [telefonnummer], [e-post], [samordningsnummer]'
    )
    expect(pseudonymise(text, hits, 'placeholder', { language: 'en' }).text).toBe(
      '[name], [personal identity number], [phone number], [e-mail], [coordination number]'
    )
    // Numbers and addresses get placeholders even when names get pseudonyms.
    expect(pseudonymise(text, hits, 'pseudonym').text).toBe(
      'Deltagare A, [personnummer], [telefonnummer], [e-post], [samordningsnummer]'
    )
  })

  it('gives each person one pseudonym, in reading order, and continues a map across texts', () => {
    const list = [
      { id: 'k1', name: 'Anna Svensson' },
      { id: 'k2', name: 'Omar Hassan' }
    ]
    const a = 'Omar sa till Anna att Omar Hassan hade rätt.'
    const first = pseudonymise(a, detectPersonalData(a, { knownNames: list }), 'pseudonym')
    expect(first.text).toBe('Deltagare A sa till Deltagare B att Deltagare A hade rätt.')
    expect(first.map).toEqual({ assigned: { k2: 0, k1: 1 }, next: 2 })
    const b = 'Anna Svensson höll med.'
    const second = pseudonymise(b, detectPersonalData(b, { knownNames: list }), 'pseudonym', { map: first.map, language: 'en' })
    expect(second.text).toBe('Participant B höll med.')
    expect(second.map).toBe(first.map) // nothing new was assigned
  })

  it('counts letters past Z', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(pseudonymLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA'])
  })

  it('refuses hits that are not from this text', () => {
    const hits = detectPersonalData('ring 070-123 45 67')
    expect(() => pseudonymise('ring 070-123 45 68', hits, 'placeholder')).toThrow(RangeError)
  })

  it('leaves the text alone around the hits', () => {
    const text = 'Före 811218-9876 mitten 811218-9876 efter'
    expect(pseudonymise(text, detectPersonalData(text), 'placeholder').text).toBe('Före [personnummer] mitten [personnummer] efter')
    expect(pseudonymise(text, [], 'placeholder').text).toBe(text)
  })
})
