import { useAppStore } from '../../store/index.ts'
import type { RunPlace } from '../run/model.ts'

// What the core checks before method.apply, asked of the cache so the set-up can say it up front.
const WORK = ['sticky', 'cluster', 'vote', 'note', 'question', 'summary'] as const

/** True while no meeting has started and nothing has been captured: the method may still change. */
export function useCanApplyMethod(docId: string, place: RunPlace): boolean {
  const hasWork = useAppStore((s) => {
    const e = s.workshops[docId]?.entities
    return e ? WORK.some((name) => Object.keys(e[name]).length > 0) : true
  })
  return !hasWork && place.meetings.every((m) => m.status === 'planned')
}
