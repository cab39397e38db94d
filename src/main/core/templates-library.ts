import fs from 'node:fs'
import path from 'node:path'
import { ApiError } from '../../shared/api/errors.ts'
import type { TemplateEntry, TemplateProblem } from '../../shared/api/methods/templates.ts'
import { BUILT_IN_METHODS, findBuiltInMethod, isBuiltInMethodId } from '../../shared/methods/index.ts'
import type { MethodTemplate } from '../../shared/methods/schema.ts'
import { checkTemplate } from '../../shared/methods/validate.ts'
import { sanitizeLine, sanitizeText } from '../../shared/text/sanitize.ts'
import { writeFileAtomic } from './atomic.ts'

/** Far above any real template (40 meetings of 60 phases), low enough that a stray file cannot hurt. */
const MAX_FILE_BYTES = 5_000_000

// Windows refuses these as file names whatever the extension.
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/

/** Own templates as one JSON file per template, <data folder>/templates/<id>.json. */
export class TemplatesLibrary {
  readonly dir: string

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'templates')
  }

  #file(id: string): string {
    return path.join(this.dir, `${id}.json`)
  }

  #read(file: string): { template: MethodTemplate } | { problem: string } {
    let text: string
    try {
      if (fs.statSync(file).size > MAX_FILE_BYTES) return { problem: 'the file is too large to be a template' }
      text = fs.readFileSync(file, 'utf8')
    } catch (e) {
      return { problem: `the file could not be read (${(e as Error).message})` }
    }
    const checked = checkTemplate(text)
    if (!checked.ok) return { problem: checked.message }
    const expected = path.basename(file, '.json')
    if (checked.template.id !== expected) {
      return { problem: `the id inside ("${checked.template.id}") does not match the file name ("${expected}")` }
    }
    return { template: checked.template }
  }

  /** Own templates sorted by Swedish name, and the files that could not be used. */
  own(): { templates: MethodTemplate[]; problems: TemplateProblem[] } {
    let names: string[]
    try {
      names = fs.readdirSync(this.dir).filter((f) => f.endsWith('.json') && !f.startsWith('.'))
    } catch {
      return { templates: [], problems: [] }
    }
    const templates: MethodTemplate[] = []
    const problems: TemplateProblem[] = []
    for (const name of names.sort()) {
      const r = this.#read(path.join(this.dir, name))
      if ('problem' in r) problems.push({ file: name, message: r.problem })
      else if (isBuiltInMethodId(r.template.id)) problems.push({ file: name, message: 'uses the id of a built-in template' })
      else templates.push(r.template)
    }
    templates.sort((a, b) => a.sv.name.localeCompare(b.sv.name, 'sv'))
    return { templates, problems }
  }

  list(): { templates: TemplateEntry[]; problems: TemplateProblem[] } {
    const own = this.own()
    return {
      templates: [
        ...BUILT_IN_METHODS.map((template) => ({ builtIn: true, template })),
        ...own.templates.map((template) => ({ builtIn: false, template }))
      ],
      problems: own.problems
    }
  }

  /** A built-in or a readable own template. */
  get(id: string): TemplateEntry | undefined {
    const builtIn = findBuiltInMethod(id)
    if (builtIn) return { builtIn: true, template: builtIn }
    if (!isSafeId(id) || !fs.existsSync(this.#file(id))) return undefined
    const r = this.#read(this.#file(id))
    return 'template' in r ? { builtIn: false, template: r.template } : undefined
  }

  require(id: string): TemplateEntry {
    const entry = this.get(id)
    if (!entry) throw new ApiError('not_found', `there is no template "${id}"`)
    return entry
  }

  /** The method of a workshop: the same lookup library.create and the run handlers use. */
  findMethod(id: string): MethodTemplate | undefined {
    return this.get(id)?.template
  }

  /** Built-in, an existing own file, or a name the file system would refuse. */
  isTaken(id: string): boolean {
    return isBuiltInMethodId(id) || !isSafeId(id) || fs.existsSync(this.#file(id))
  }

  save(template: MethodTemplate): TemplateEntry {
    if (isBuiltInMethodId(template.id)) {
      throw new ApiError('conflict', `"${template.id}" is a built-in template and cannot be changed; copy it first`, [
        { path: 'id', message: 'is a built-in template' }
      ])
    }
    if (!isSafeId(template.id)) {
      throw new ApiError('invalid_input', `id: "${template.id}" cannot be used as a file name`, [
        { path: 'id', message: 'cannot be used as a file name' }
      ])
    }
    // Cleaning can empty a title that was only spaces, so the result is checked again.
    const checked = checkTemplate(cleanTemplate(template))
    if (!checked.ok) throw new ApiError('invalid_input', `The template is not valid: ${checked.message}`, checked.issues)
    const clean = checked.template
    fs.mkdirSync(this.dir, { recursive: true })
    writeFileAtomic(this.#file(clean.id), `${JSON.stringify(clean, null, 2)}\n`)
    return { builtIn: false, template: clean }
  }

  delete(id: string): void {
    if (isBuiltInMethodId(id)) throw new ApiError('forbidden', `"${id}" is a built-in template and cannot be deleted`)
    // Broken files are deletable too: that is how a facilitator gets rid of them.
    if (!isSafeId(id) || !fs.existsSync(this.#file(id))) throw new ApiError('not_found', `there is no own template "${id}"`)
    fs.rmSync(this.#file(id))
  }
}

function isSafeId(id: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && id.length <= 64 && !RESERVED_NAMES.test(id)
}

/** Same text rules as everything else users type: no control characters, single-line titles. */
function cleanTemplate(t: MethodTemplate): MethodTemplate {
  const about = (a: MethodTemplate['sv']): MethodTemplate['sv'] => ({
    name: sanitizeLine(a.name),
    description: sanitizeText(a.description)
  })
  return {
    ...t,
    sv: about(t.sv),
    en: about(t.en),
    meetings: t.meetings.map((m) => ({
      sv: { title: sanitizeLine(m.sv.title) },
      en: { title: sanitizeLine(m.en.title) },
      phases: m.phases.map((p) => ({
        ...p,
        sv: { title: sanitizeLine(p.sv.title), prompt: sanitizeText(p.sv.prompt), guidance: sanitizeText(p.sv.guidance) },
        en: { title: sanitizeLine(p.en.title), prompt: sanitizeText(p.en.prompt), guidance: sanitizeText(p.en.guidance) }
      }))
    }))
  }
}
