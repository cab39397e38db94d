import { formatPath, type ErrorIssue } from '../api/errors.ts'
import { MethodTemplate } from './schema.ts'

export type TemplateCheck =
  | { ok: true; template: MethodTemplate }
  | { ok: false; message: string; issues: ErrorIssue[] }

/**
 * Check a template from outside (a file, a paste, the editor's draft). Accepts the parsed object
 * or its JSON text; every problem names its field, e.g. "meetings[0].phases[2].kind".
 */
export function checkTemplate(json: unknown): TemplateCheck {
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json)
    } catch (e) {
      const message = `the file is not JSON (${(e as Error).message})`
      return { ok: false, message, issues: [{ path: '(root)', message }] }
    }
  }
  const r = MethodTemplate.safeParse(value)
  if (r.success) return { ok: true, template: r.data }
  const issues = r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }))
  const first = issues[0]
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  return { ok: false, message: `${first.path}: ${first.message}${more}`, issues }
}

/** "Trygghet i Alby (kopia)" -> "trygghet-i-alby-kopia": the id and file name of an own template. */
export function templateSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '')
  return slug || 'mall'
}

/** The first of base, base-2, base-3 … that `taken` does not hold. */
export function freeTemplateId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 60)}-${n}`
    if (!taken(candidate)) return candidate
  }
}
