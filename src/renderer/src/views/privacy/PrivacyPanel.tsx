import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, selectWorkshopRow } from '../../store/index.ts'
import { EraseForGood } from './EraseForGood.tsx'
import { KnownNames } from './KnownNames.tsx'
import { ParticipantChecklist } from './ParticipantChecklist.tsx'
import { ScanResults } from './ScanResults.tsx'

/** Research circles on discrimination collect sensitive experiences: the information comes first there. */
const CIRCLE_METHODS = new Set(['ecar-circle'])

/**
 * "Personuppgifter": before anything leaves the laptop. The participant information (first and
 * prominent for a research circle), the optional list of names, the search for identifiers, and
 * erasing for good what was deleted.
 */
export function PrivacyPanel({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const circle = useAppStore((s) => CIRCLE_METHODS.has(selectWorkshopRow(docId)(s)?.methodId ?? ''))
  return (
    <div className="privacy-panel">
      <h2 className="panel__heading">{t('outcomes.privacy.heading')}</h2>
      {circle && <ParticipantChecklist docId={docId} prominent />}
      <ScanResults docId={docId} />
      <KnownNames docId={docId} />
      {!circle && <ParticipantChecklist docId={docId} prominent={false} />}
      <EraseForGood docId={docId} />
    </div>
  )
}
