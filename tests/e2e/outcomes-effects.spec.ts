import { expect, screenshot, test } from './fixtures.ts'
import { axe, openWorkshop, scrollTop, workshopAt, workshopData, type Api } from './outcomes-helpers.ts'

const COUNTERMEASURES = [
  'Kartlägga vilka bostäder som behöver rustas',
  'Öppna fritidsgården på kvällar och helger',
  'Pilottesta arena skola med Arbetsförmedlingen'
]

/** A dystopia workshop with three countermeasures on its inverted notes, and two bodies on the list. */
async function setUp(api: Api) {
  return workshopAt(api, 'dystopia', 'Effektkedja i Norrby', 'effect_chain', async (docId) => {
    const data = (await api<{ data: { phases: { id: string; kind: string }[] } }>('workshop.get', { docId })).data
    const invert = data.phases.find((p) => p.kind === 'invert')
    if (!invert) throw new Error('no invert phase')
    for (const text of COUNTERMEASURES) {
      const sticky = await api<{ id: string }>('sticky.add', { docId, phaseId: invert.id, text: `Motsatsen: ${text}` })
      await api('countermeasure.add', { docId, targetType: 'sticky', targetId: sticky.id, text })
    }
    await api('body.add', { docId, name: 'Samhällsbyggnadsförvaltningen', abbreviation: 'SBF', kind: 'forvaltning' })
    await api('body.add', { docId, name: 'Fritids- och folkhälsoförvaltningen', abbreviation: 'FOF', kind: 'forvaltning' })
  })
}

test('an effect chain of three rows built from countermeasures, with responsible bodies from the list', async ({ page, host, api }) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 1920, height: 1080 })
  const { docId, path } = await setUp(api)
  await openWorkshop(page, host.url, path)
  const main = page.locator('main')
  await expect(main.getByRole('heading', { name: 'Effektkedja', level: 2 })).toBeVisible()
  await expect(main.getByText(/Effektkedjan är tom/)).toBeVisible()

  const rows = main.locator('tr[data-effect-row-id]')
  const createFrom = async (scope: ReturnType<typeof main.locator>, text: string): Promise<void> => {
    await scope.getByRole('button', { name: /^Skapa från …/ }).first().click()
    await page.getByRole('group', { name: 'Skapa rad från' }).getByRole('button', { name: text }).click()
  }
  const setGoalArea = async (n: number, area: string): Promise<void> => {
    await main.getByRole('button', { name: `Mer om rad ${n}: målområde och samverkan` }).click()
    const field = main.getByLabel(`Målområde, rad ${n}`)
    await field.fill(area)
    await field.press('Enter')
  }

  // Row 1 from the empty chain, then given its målområde; rows 2 and 3 from that målområde's table.
  await createFrom(main.locator('.effects__empty'), COUNTERMEASURES[0])
  await expect(rows).toHaveCount(1)
  await expect(rows.first().getByRole('textbox', { name: /^Aktivitet/ })).toHaveValue(COUNTERMEASURES[0])
  await setGoalArea(1, 'Boende och närmiljö')
  const boende = main.getByRole('region', { name: 'Målområde: Boende och närmiljö' })
  await expect(boende).toBeVisible()
  await createFrom(boende, COUNTERMEASURES[1])
  await expect(rows).toHaveCount(2)
  await createFrom(boende, COUNTERMEASURES[2])
  await expect(rows).toHaveCount(3)
  await setGoalArea(3, 'Förutsättningar för arbete')
  const arbete = main.getByRole('region', { name: 'Målområde: Förutsättningar för arbete' })
  await expect(arbete.locator('tr[data-effect-row-id]')).toHaveCount(1)
  await expect(boende.locator('tr[data-effect-row-id]')).toHaveCount(2)

  // The rest of each row, typed in place.
  const fill = async (n: number, column: string, text: string): Promise<void> => {
    const field = main.getByRole('textbox', { name: `${column}, rad ${n}` })
    await field.fill(text)
    await field.press('Tab')
  }
  await fill(1, 'Långsiktiga effekter', 'I Borås ska det inte finnas några utsatta områden')
  await fill(1, 'Kortsiktig effekt', 'Gemensam bild av behoven')
  await fill(1, 'Prestation', 'Kartläggning klar')
  await fill(2, 'Långsiktiga effekter', 'I Borås ska det inte finnas några utsatta områden')
  await fill(2, 'Kortsiktig effekt', 'Fler unga har en plats att vara på')
  await fill(3, 'Långsiktiga effekter', 'Fler i arbete')
  await fill(3, 'Prestation', 'Beslutsförslag om pilot')
  await fill(3, 'Tid', '2025')

  // Ansvar from the list: SBF on row 1, FOF on row 2; row 3 gets a body added on the spot.
  const choose = async (n: number, label: RegExp): Promise<void> => {
    await main.getByRole('button', { name: `Välj ansvariga för rad ${n}` }).click()
    await page.getByRole('checkbox', { name: label }).check()
    await page.keyboard.press('Escape')
  }
  await choose(1, /^SBF/)
  await choose(2, /^FOF/)
  await main.getByRole('button', { name: 'Välj ansvariga för rad 3' }).click()
  const panel = page.getByRole('group', { name: 'Ansvariga' })
  await panel.getByLabel('Förkortning').fill('AF')
  await panel.getByLabel('Namn').fill('Arbetsförmedlingen')
  await panel.getByRole('button', { name: 'Lägg till' }).click()
  await expect(panel.getByRole('checkbox', { name: /^AF/ })).toBeChecked()
  await page.keyboard.press('Escape')

  const legend = main.getByRole('region', { name: 'Förkortningar i Ansvar' })
  await expect(legend.locator('dt')).toHaveText(['AF', 'FOF', 'SBF'])
  await expect(legend.locator('dd')).toHaveText(['Arbetsförmedlingen', 'Fritids- och folkhälsoförvaltningen', 'Samhällsbyggnadsförvaltningen'])

  // What is stored: three rows, each keeping the countermeasure it came from, with its bodies.
  await expect
    .poll(async () => {
      const data = await workshopData(api, docId)
      const abbr = new Map(data.bodies.map((b) => [b.id, b.abbreviation]))
      return data.effectRows
        .map((r) => `${r.goalArea} | ${r.longTerm} | ${r.activity} | ${r.sourceType} | ${r.responsibleIds.map((id) => abbr.get(id)).join(',')}`)
        .sort()
    })
    .toEqual([
      `Boende och närmiljö | I Borås ska det inte finnas några utsatta områden | ${COUNTERMEASURES[0]} | countermeasure | SBF`,
      `Boende och närmiljö | I Borås ska det inte finnas några utsatta områden | ${COUNTERMEASURES[1]} | countermeasure | FOF`,
      `Förutsättningar för arbete | Fler i arbete | ${COUNTERMEASURES[2]} | countermeasure | AF`
    ])

  // Keyboard: Alt+↓ moves row 1 below row 2 within its long-term effect, and the focus stays with it.
  const first = main.getByRole('textbox', { name: 'Kortsiktig effekt, rad 1' })
  await first.focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(boende.locator('tr[data-effect-row-id]').nth(1).getByRole('textbox', { name: /^Aktivitet/ })).toHaveValue(COUNTERMEASURES[0])
  await expect(page.locator(':focus')).toHaveValue('Gemensam bild av behoven')

  // As the room sees it: nothing focused, tables scrolled to their start.
  await page.locator(':focus').blur()
  await page.evaluate("for (const el of document.querySelectorAll('.effects__scroll')) el.scrollLeft = 0")
  await scrollTop(page)
  await screenshot(page, 'outcomes-effect-chain')
  expect(await axe(page, '.effects')).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axe(page, '.effects')).toEqual([])
})
