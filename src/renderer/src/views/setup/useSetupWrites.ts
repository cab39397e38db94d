import type { ApiInput } from '../../../../shared/api/contract.ts'
import { errorText } from '../../components/errorText.ts'
import { useAppStore } from '../../store/index.ts'

type WorkshopPatch = ApiInput<'workshop.update'>['patch']

/** The set-up's writes: each goes through the store's mutate, so "Sparat" reflects it. */
export function useSetupWrites(docId: string): {
  updateWorkshop: (patch: WorkshopPatch) => Promise<unknown>
  errorText: (e: unknown) => string
} {
  const mutate = useAppStore((s) => s.mutate)
  return {
    updateWorkshop: (patch) => mutate(docId, 'workshop.update', { docId, patch }),
    errorText
  }
}
