import { dystopia } from './dystopia.ts'
import type { MethodTemplate } from './schema.ts'

/** Built-in methods, in the order the set-up offers them. */
export const BUILT_IN_METHODS: readonly MethodTemplate[] = [dystopia]

export function findBuiltInMethod(id: string): MethodTemplate | undefined {
  return BUILT_IN_METHODS.find((m) => m.id === id)
}
