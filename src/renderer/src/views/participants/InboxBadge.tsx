import { useTranslation } from '../../i18n/index.ts'
import { useInbox } from './inbox.ts'

/** The number of waiting notes on the Inkorg tab; read out as words, not just a number. */
export function InboxBadge({ docId }: { docId: string }): React.JSX.Element | null {
  const { t } = useTranslation()
  const count = useInbox(docId).length
  if (count === 0) return null
  return (
    <span className="tab-badge">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{`, ${t('participants.inbox.tabCount', { count })}`}</span>
    </span>
  )
}
