import type { Proposal } from '../../../../shared/domain/entities.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { excerpt } from '../notes/ReferencePicker.tsx'
import { AutoField } from './AutoField.tsx'
import { BodyChecklist } from './BodyChecklist.tsx'
import { Popover } from './Popover.tsx'
import { useReceiverChoices } from './useReceivers.ts'
import { useTable } from './useTables.ts'

/** One recommendation, editable in place: text, theme, receivers, and for a lab its owner. */
export function ProposalItem({
  docId,
  proposal,
  n,
  themesListId,
  onMove,
  onRemove,
  first,
  last
}: {
  docId: string
  proposal: Proposal
  n: number
  themesListId: string
  onMove: (p: Proposal, step: -1 | 1) => void
  onRemove: (p: Proposal) => void
  first: boolean
  last: boolean
}): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const receivers = useReceiverChoices(docId, proposal.receiverIds)
  const bodies = useTable(docId, 'body')
  const clusters = useTable(docId, 'cluster')
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })
  const update = (patch: Partial<Pick<Proposal, 'text' | 'theme' | 'owner' | 'receiverIds' | 'kind'>>): Promise<unknown> =>
    mutate(docId, 'proposal.update', { docId, id: proposal.id, patch })
  const label = t(proposal.kind === 'proposal' ? 'outcomes.proposals.proposalN' : 'outcomes.proposals.recommendationN', { n })
  const asked = proposal.receiverIds.map((id) => bodies[id]).filter((b) => b !== undefined)
  const source = proposal.sourceClusterId ? clusters[proposal.sourceClusterId] : undefined

  return (
    <li className="proposal" data-proposal-id={proposal.id}>
      <div className="proposal__number" aria-hidden="true">
        {n}
      </div>
      <div className="proposal__body">
        <AutoField
          value={proposal.text}
          multiline
          maxLength={5_000}
          label={t('outcomes.proposals.textOf', { what: label })}
          onCommit={(text) => (text.trim() === '' ? Promise.reject(new Error(t('outcomes.proposals.textRequired'))) : update({ text }))}
          className="proposal__text"
        />
        <div className="proposal__meta">
          <div className="field proposal__theme">
            <span className="field__label" aria-hidden="true">
              {t('outcomes.proposals.theme')}
            </span>
            <AutoField
              value={proposal.theme}
              list={themesListId}
              maxLength={500}
              label={t('outcomes.proposals.themeOf', { what: label })}
              onCommit={(theme) => update({ theme })}
              className="input"
            />
          </div>
          {proposal.kind === 'proposal' && (
            <div className="field proposal__owner">
              <span className="field__label" aria-hidden="true">
                {t('outcomes.proposals.owner')}
              </span>
              <AutoField
                value={proposal.owner}
                maxLength={500}
                label={t('outcomes.proposals.ownerOf', { what: label })}
                onCommit={(owner) => update({ owner })}
                className="input"
              />
            </div>
          )}
          <div className="field proposal__receivers">
            <span className="field__label">{t('outcomes.proposals.receivers')}</span>
            <div className="proposal__receiver-row">
              {asked.length > 0 ? (
                <ul className="responsible__list">
                  {asked.map((b) => (
                    <li key={b.id} className="responsible__chip" title={b.name}>
                      <span dir="auto">{b.abbreviation ? `${b.abbreviation} – ${b.name}` : b.name}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="proposal__warning">
                  <span aria-hidden="true">! </span>
                  {t('outcomes.proposals.noReceiverYet')}
                </span>
              )}
              <Popover
                button={t('outcomes.proposals.chooseReceivers')}
                label={t('outcomes.proposals.chooseReceiversFor', { what: label })}
                buttonClassName="button button--quiet button--small"
                panelLabel={t('outcomes.proposals.receivers')}
              >
                {() => (
                  <BodyChecklist
                    bodies={receivers}
                    selected={proposal.receiverIds}
                    legend={t('outcomes.proposals.receiversOf', { what: label })}
                    empty={t('outcomes.proposals.noReceivers')}
                    onToggle={(id, on) =>
                      void update({ receiverIds: on ? [...proposal.receiverIds, id] : proposal.receiverIds.filter((x) => x !== id) }).catch(fail)
                    }
                  />
                )}
              </Popover>
            </div>
          </div>
        </div>
        {source && <p className="proposal__source">{t('outcomes.proposals.fromClusterNamed', { title: excerpt(source.title) })}</p>}
      </div>
      <div className="row-actions proposal__actions">
        <button type="button" className="icon-button" disabled={first} aria-label={t('outcomes.proposals.moveUp', { what: label })} onClick={() => onMove(proposal, -1)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" className="icon-button" disabled={last} aria-label={t('outcomes.proposals.moveDown', { what: label })} onClick={() => onMove(proposal, 1)}>
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="button button--quiet button--small" aria-label={t('outcomes.proposals.removeLabel', { what: label })} onClick={() => onRemove(proposal)}>
          {t('outcomes.common.remove')}
        </button>
      </div>
    </li>
  )
}
