import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test'

// Script injection (issue 9, item 9): text that would run, style or link something if any view
// put it into the page as markup. Every payload leaves a trace when it runs — window.__xss, an
// alert (the fixture fails on any dialog), a CSS custom property on <body> — and `expectInert`
// also looks for the elements and attributes it would have created, because the CSP alone would
// stop most of them silently (or with a console line the fixture ignores, "Failed to load").

/** A right-to-left override left open, as in "invoice\u202Efdp.exe". */
const OPEN_OVERRIDE = 'Bifogad fil \u202Efdp.exe'

export const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2;alert(2)">',
  '<svg onload="window.__xss=3"><circle r="9"/></svg>',
  '"><script>window.__xss=4</script>',
  "'><img src=x onerror=alert(5)>",
  '<a href="javascript:window.__xss=6">klicka här</a>',
  'javascript:window.__xss=7',
  '<iframe srcdoc="<script>parent.__xss=8</script>"></iframe>',
  '<details open ontoggle="window.__xss=9">öppna</details>',
  '<style>body{--xss:10;display:none}</style>',
  '<b style="--xss:11;background:url(javascript:window.__xss=11);width:expression(alert(11))">fet</b>',
  "{{constructor.constructor('window.__xss=12')()}}",
  // Template and translation syntax: i18next must not read a participant's text as $t() or {{}}.
  '${window.__xss=13} $t(stickies.remove) {{count}}',
  // Shown as the characters it is, and it may not turn around the text after it in the view.
  OPEN_OVERRIDE
] as const

/** Several vectors in one line, for single fields (titles, names) that take one text each; under 200 characters. */
export const COMBO = `"><img src=x onerror=alert(1)><svg onload=window.__xss=1><script>window.__xss=1</script>{{constructor.constructor('alert(1)')()}}`

/** Body abbreviations are at most 32 characters. */
export const SHORT = '<b onclick=alert(1)>K</b>'

/** The n-th payload, going round: single fields take one each, so between them they take them all. */
export function payload(n: number): string {
  return PAYLOADS[n % PAYLOADS.length]
}

/** The payloads that are markup: an HTML parser makes elements or attributes of each of them. */
export const MARKUP = [...PAYLOADS.filter((p) => /^["']?>?</.test(p)), COMBO, SHORT]

/**
 * Elements and attributes injected markup would leave in a document, as a list of findings.
 * Strings, as they run in the page: the e2e project is type-checked without the DOM library.
 */
const SCAN = `(doc) => {
  const found = []
  const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster', 'srcset']
  for (const el of doc.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase()
      if (name.startsWith('on')) found.push('<' + el.localName + ' ' + name + '>')
      if (name === 'srcdoc') found.push('<' + el.localName + ' srcdoc>')
      if (URL_ATTRS.includes(name) && /^\\s*(javascript|vbscript|data:text\\/html)/i.test(a.value)) found.push('<' + el.localName + ' ' + name + '="' + a.value + '">')
      if (name === 'style' && /xss|javascript:|expression\\(/i.test(a.value)) found.push('<' + el.localName + ' style="' + a.value + '">')
    }
  }
  for (const el of doc.querySelectorAll('script:not([src]), iframe, frame, object, embed, base, img[src="x"], meta[http-equiv="refresh" i]')) {
    found.push('an injected <' + el.localName + '>')
  }
  for (const el of doc.querySelectorAll('style')) {
    if (/xss/.test(el.textContent)) found.push('an injected <style>')
  }
  for (const el of doc.querySelectorAll('script[src]')) {
    if (new URL(el.src).origin !== location.origin) found.push('a script from ' + el.src)
  }
  for (const a of doc.querySelectorAll('a[href]')) {
    if (!['http:', 'https:', 'blob:'].includes(new URL(a.getAttribute('href'), location.href).protocol)) found.push('a link to ' + a.getAttribute('href'))
  }
  return found
}`

/** The scan on this page, and the traces a payload leaves when it runs. */
const FINDINGS = `(() => {
  const found = (${SCAN})(document)
  if (window.__xss !== undefined) found.push('window.__xss is ' + String(window.__xss))
  if (getComputedStyle(document.body).getPropertyValue('--xss') !== '') found.push('an injected style applied to <body>')
  // An open override reverses the text after it up to the end of its paragraph or isolating
  // element: user text must sit last in such a boundary, or in one of its own (dir="auto").
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/[\u202A-\u202E\u2066-\u2068]/.test(n.data)) continue
    let boundary = n.parentElement
    for (;;) {
      const style = getComputedStyle(boundary)
      if (/isolate|plaintext/.test(style.unicodeBidi) || !style.display.startsWith('inline') || !boundary.parentElement) break
      boundary = boundary.parentElement
    }
    if (!boundary.textContent.endsWith(n.data)) found.push('an open right-to-left override in <' + boundary.localName + ' class="' + boundary.className + '"> turns around what follows it')
  }
  return found
})()`

/** Nothing ran and nothing was injected: no trace, no element or attribute markup would have made. */
export async function expectInert(page: Page, where: string): Promise<void> {
  expect(await page.evaluate<string[]>(FINDINGS), `injected or executed in ${where}`).toEqual([])
}

/**
 * The scan can fail: each markup payload, parsed as HTML into a <template> (inert: its content
 * runs and loads nothing), gives at least one finding. On a blank page of its own, as the app's
 * CSP would report every handler the parser meets, even in a template.
 */
export async function expectScanFindsMarkup(context: BrowserContext): Promise<void> {
  const probe = await context.newPage()
  const counts = await probe.evaluate<number[]>(`(() => {
    const scan = ${SCAN}
    return ${JSON.stringify(MARKUP)}.map((p) => {
      const template = document.createElement('template')
      template.innerHTML = p
      return scan(template.content).length
    })
  })()`)
  expect(MARKUP.filter((_, i) => counts[i] === 0), 'markup the scan would miss').toEqual([])
  // And an open override is found where it turns text around, not where it is isolated.
  await probe.setContent(`<p><span>${OPEN_OVERRIDE}</span> och sedan resten</p><p><span dir="auto">${OPEN_OVERRIDE}</span> och sedan resten</p>`)
  expect(await probe.evaluate<string[]>(FINDINGS)).toEqual(['an open right-to-left override in <p class=""> turns around what follows it'])
  await probe.close()
}

/**
 * Each text appears, character for character, within `scope` (all it matches): in its text
 * (whitespace runs read as one space, as the views show them) or in the value of a field.
 */
export async function expectShown(scope: Locator, texts: readonly string[], where: string): Promise<void> {
  const missing = async (): Promise<string[]> => {
    const shown = await scope.evaluateAll((roots) =>
      (roots as unknown as Array<{ textContent: string; querySelectorAll(selector: string): ArrayLike<{ value: string }> }>)
        .flatMap((el) => [el.textContent, ...Array.from(el.querySelectorAll('input, textarea'), (f) => f.value)])
        .join('\n')
        .replace(/\s+/g, ' ')
    )
    return texts.filter((text) => !shown.includes(text.replace(/\s+/g, ' ')))
  }
  await expect.poll(missing, { message: `shown as text in ${where}` }).toEqual([])
}

/** Both at once: the texts shown within `scope`, nothing injected or run anywhere on its page. */
export async function expectSafe(scope: Locator, texts: readonly string[], where: string): Promise<void> {
  await expectShown(scope, texts, where)
  await expectInert(scope.page(), where)
}
