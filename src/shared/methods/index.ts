import { blank } from './blank.ts'
import { democracyLab } from './democracy-lab.ts'
import { dystopiaTriz } from './dystopia-triz.ts'
import { dystopia } from './dystopia.ts'
import { ecarCircle } from './ecar-circle.ts'
import { kjAffinity } from './kj-affinity.ts'
import { oneTwoFourAll } from './one-two-four-all.ts'
import type { MethodTemplate } from './schema.ts'
import { varforBorDu } from './varfor-bor-du.ts'
import { worldCafe } from './world-cafe.ts'

/** Built-in methods, in the order the set-up offers them. */
export const BUILT_IN_METHODS: readonly MethodTemplate[] = [
  ecarCircle,
  democracyLab,
  dystopia,
  dystopiaTriz,
  varforBorDu,
  oneTwoFourAll,
  worldCafe,
  kjAffinity,
  blank
]

export function findBuiltInMethod(id: string): MethodTemplate | undefined {
  return BUILT_IN_METHODS.find((m) => m.id === id)
}

export function isBuiltInMethodId(id: string): boolean {
  return BUILT_IN_METHODS.some((m) => m.id === id)
}
