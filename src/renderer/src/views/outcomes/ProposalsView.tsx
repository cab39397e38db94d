import { useId } from 'react'
import type { Proposal } from '../../../../shared/domain/entities.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { BodiesButton } from './BodiesDialog.tsx'
import { NewProposalForm } from './NewProposalForm.tsx'
import { ProposalItem } from './ProposalItem.tsx'
import { useThemes } from './useReceivers.ts'
import { useOrdered } from './useTables.ts'

/** The circle's recommendations to named nämnder (or a lab's proposals with their owners). */
export function ProposalsView({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const proposals = useOrdered(docId, 'proposal')
  const themes = useThemes(docId)
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const pushToast = useAppStore((s) => s.pushToast)
  const undo = useAppStore((s) => s.undo)
  const headingId = useId()
  const themesListId = useId()
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })

  const move = (p: Proposal, step: -1 | 1): void => {
    const i = proposals.indexOf(p)
    const j = i + step
    if (j < 0 || j >= proposals.length) return
    mutate(docId, 'proposal.reorder', { docId, ids: [proposals[Math.min(i, j)].id, proposals[Math.max(i, j)].id].reverse() })
      .then(() => announce(t('outcomes.proposals.moved', { n: j + 1 })))
      .catch(fail)
  }

  const remove = (p: Proposal): void => {
    mutate(docId, 'proposal.remove', { docId, id: p.id })
      .then(() => {
        announce(t('outcomes.proposals.removed'))
        pushToast({
          kind: 'info',
          message: t('outcomes.proposals.removed'),
          action: { label: t('toast.undo'), run: () => void undo(docId).catch(fail) }
        })
      })
      .catch(fail)
  }

  return (
    <section className="proposals" aria-labelledby={headingId}>
      <header className="effects__header">
        <div>
          <h2 id={headingId} className="section-heading">
            {t('outcomes.proposals.heading')}
          </h2>
          <p className="card__text">{t('outcomes.proposals.intro')}</p>
        </div>
        <div className="effects__tools">
          <BodiesButton docId={docId} />
        </div>
      </header>
      {proposals.length === 0 ? (
        <p className="card__empty">{t('outcomes.proposals.empty')}</p>
      ) : (
        <ol className="proposals__list">
          {proposals.map((p, i) => (
            <ProposalItem
              key={p.id}
              docId={docId}
              proposal={p}
              n={i + 1}
              themesListId={themesListId}
              onMove={move}
              onRemove={remove}
              first={i === 0}
              last={i === proposals.length - 1}
            />
          ))}
        </ol>
      )}
      <NewProposalForm docId={docId} themesListId={themesListId} />
      <datalist id={themesListId}>
        {themes.map((theme) => (
          <option key={theme} value={theme} />
        ))}
      </datalist>
    </section>
  )
}
