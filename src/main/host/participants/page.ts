import fs from 'node:fs'
import path from 'node:path'
import { PHONE_ROUTES } from '../../../shared/participants/protocol.ts'
import { PHONE_STRINGS } from '../../../shared/participants/strings.ts'

// The phone page: one small HTML shell written here, plus the script and style built from
// src/phone into out/phone (src/phone/vite.config.ts). They are read into memory when the server
// starts, so no request can name a file and nothing outside these three is ever served.

export interface PhoneAssets {
  readonly html: string
  readonly script: Buffer | null
  readonly style: Buffer | null
}

export const PHONE_SCRIPT_FILE = 'phone.js'
export const PHONE_STYLE_FILE = 'phone.css'

function readOptional(file: string): Buffer | null {
  try {
    return fs.readFileSync(file)
  } catch {
    return null
  }
}

/** Text for the HTML shell; our own strings only, escaped anyway so a translation cannot break it. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function phoneHtml(built: boolean): string {
  // Before the script runs (or when it cannot), the page still says what it is, in Swedish and English.
  const fallback = built
    ? `${PHONE_STRINGS.sv.waitStart} / ${PHONE_STRINGS.en.waitStart}`
    : 'Telefonsidan är inte byggd (npm run build). / The phone page is not built (npm run build).'
  return [
    '<!doctype html>',
    '<html lang="sv" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light">',
    '<title>Medskapa</title>',
    // No favicon request from every phone (an empty data: icon is allowed by img-src).
    '<link rel="icon" href="data:,">',
    built ? `<link rel="stylesheet" href="${PHONE_ROUTES.style}">` : '',
    '</head>',
    '<body>',
    `<main id="app"><p class="fallback">${escapeHtml(fallback)}</p></main>`,
    '<noscript><p class="fallback">JavaScript behövs. / JavaScript is needed.</p></noscript>',
    built ? `<script src="${PHONE_ROUTES.script}"></script>` : '',
    '</body>',
    '</html>',
    ''
  ]
    .filter((line) => line !== '')
    .join('\n')
}

/** Read the built page from `dir` (out/phone); a missing build still gives a page that says so. */
export function loadPhoneAssets(dir: string): PhoneAssets {
  const script = readOptional(path.join(dir, PHONE_SCRIPT_FILE))
  const style = readOptional(path.join(dir, PHONE_STYLE_FILE))
  return { html: phoneHtml(script !== null), script, style }
}
