import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// The interface mirrors for right-to-left languages only because every stylesheet says
// "inline-start/end" instead of "left/right". A physical property slipped into a stylesheet
// would stay put when the layout mirrors; this catches it before a reviewer has to.

const ROOT = path.resolve(__dirname, '..', '..', '..')
const SHEETS = [
  ...fs.readdirSync(path.join(ROOT, 'src/renderer/src/styles')).map((f) => path.join('src/renderer/src/styles', f)),
  'src/phone/phone.css'
].filter((f) => f.endsWith('.css'))

const PHYSICAL = [
  /\b(?:margin|padding|border)-(?:left|right)\b/,
  /\bborder-(?:top|bottom)-(?:left|right)-radius\b/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /\btext-align\s*:\s*(?:left|right)\b/,
  /\bfloat\s*:\s*(?:left|right)\b/
]
// A line may keep a physical property when it says why (e.g. centring, which is symmetric).
const ALLOWED = /physical on purpose/

function physicalLines(file: string): string[] {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n')
  return lines.flatMap((line, i) =>
    PHYSICAL.some((re) => re.test(line)) && !ALLOWED.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []
  )
}

describe('stylesheets mirror for right-to-left', () => {
  it('finds the stylesheets', () => {
    expect(SHEETS.length).toBeGreaterThan(10)
  })

  it.each(SHEETS)('%s uses logical properties for left and right', (file) => {
    expect(physicalLines(file)).toEqual([])
  })

  it('flags a physical property that has no reason', () => {
    const sample = path.join(ROOT, 'node_modules', '.cache', 'logical-css-sample.css')
    fs.mkdirSync(path.dirname(sample), { recursive: true })
    fs.writeFileSync(sample, '.a {\n  margin-left: 1px;\n  left: 50%; /* physical on purpose: centred */\n  inset-inline-start: 0;\n}\n')
    expect(physicalLines(path.relative(ROOT, sample))).toEqual([`${path.relative(ROOT, sample)}:2: margin-left: 1px;`])
  })
})
