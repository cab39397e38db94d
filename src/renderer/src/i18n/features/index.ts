import type { Translation } from '../en.ts'
import { backups } from './backups.ts'
import { board } from './board.ts'
import { outcomes } from './outcomes.ts'
import { participants } from './participants.ts'
import { projector } from './projector.ts'
import { report } from './report.ts'
import { run } from './run.ts'
import { summary } from './summary.ts'

// Each feature keeps its strings in its own file, i18n/features/<feature>.ts, exporting
// `{ sv, en }` (en typed from sv), and registers it below with one line. Keys are then
// `t('<feature>.<key>')`, typed like the core strings.

/** Define a feature's strings: English must have exactly the Swedish keys. */
export function defineStrings<S extends object>(sv: S, en: Translation<S>): { sv: S; en: Translation<S> } {
  return { sv, en }
}

export const FEATURES = {
  board,
  run,
  summary,
  report,
  outcomes,
  projector,
  participants,
  backups
} as const

type Features = typeof FEATURES
export type FeatureStrings = { [K in keyof Features]: Features[K] extends { sv: infer S } ? S : never }

function pick(lang: 'sv' | 'en'): Record<string, unknown> {
  return Object.fromEntries(Object.entries(FEATURES).map(([k, v]) => [k, (v as { sv: object; en: object })[lang]]))
}

export const svFeatures = pick('sv') as FeatureStrings
export const enFeatures = pick('en') as FeatureStrings
