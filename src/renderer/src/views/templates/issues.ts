import type { ErrorIssue } from '../../../../shared/api/errors.ts'

// The template editor names every field by the same path the schema reports problems with
// ("meetings[0].phases[2].sv.title"), so a problem from the draft check or from the core lands
// next to the field it is about.

/** The DOM id of the field for a schema path. */
export function fieldId(path: string): string {
  return `tpl-${path.replace(/[^A-Za-z0-9]+/g, '-')}`
}

/** Issues by path; the core's paths start with the input's own "template." and lose it here. */
export function issuesByPath(issues: readonly ErrorIssue[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const i of issues) {
    const path = i.path.replace(/^template\.?/, '') || '(root)'
    if (!out.has(path)) out.set(path, i.message)
  }
  return out
}

/** Which meeting and phase a path points into, to open them before focusing the field. */
export function locate(path: string): { meeting: number | null; phase: number | null } {
  const m = /^meetings\[(\d+)\](?:\.phases\[(\d+)\])?/.exec(path)
  return { meeting: m ? Number(m[1]) : null, phase: m?.[2] !== undefined ? Number(m[2]) : null }
}

/** True when some issue is inside `prefix` (a meeting or a phase), for marking it in a list. */
export function hasIssueUnder(issues: ReadonlyMap<string, string>, prefix: string): boolean {
  for (const path of issues.keys()) if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)) return true
  return false
}
