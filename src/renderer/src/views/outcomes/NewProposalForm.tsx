import { useId, useMemo, useState } from 'react'
import type { ProposalKind } from '../../../../shared/domain/enums.ts'
import { toUiError, type UiError } from '../../api/index.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, selectWorkshopRow } from '../../store/index.ts'
import { excerpt } from '../notes/ReferencePicker.tsx'
import { BodyChecklist } from './BodyChecklist.tsx'
import { useReceiverChoices } from './useReceivers.ts'
import { useTable } from './useTables.ts'

/**
 * Write a recommendation: the text, its theme, and the nämnder that must answer it. Starting from
 * a group fills text and theme with the group's name and keeps the link to it.
 */
export function NewProposalForm({ docId, themesListId }: { docId: string; themesListId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const mutate = useAppStore((s) => s.mutate)
  const announce = useAppStore((s) => s.announce)
  const isLab = useAppStore((s) => selectWorkshopRow(docId)(s)?.methodId === 'democracy-lab')
  const receivers = useReceiverChoices(docId)
  const clusters = useTable(docId, 'cluster')
  const [text, setText] = useState('')
  const [theme, setTheme] = useState('')
  const [owner, setOwner] = useState('')
  const [receiverIds, setReceiverIds] = useState<string[]>([])
  const [clusterId, setClusterId] = useState('')
  const [missing, setMissing] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const id = useId()
  const kind: ProposalKind = isLab ? 'proposal' : 'recommendation'

  const groups = useMemo(
    () =>
      Object.values(clusters)
        .filter((c) => c.title.trim() !== '')
        .sort((a, b) => a.position - b.position),
    [clusters]
  )

  const fromCluster = (value: string): void => {
    setClusterId(value)
    const cluster = clusters[value]
    if (!cluster) return
    if (text.trim() === '') setText(cluster.title)
    if (theme.trim() === '') setTheme(cluster.title)
  }

  const submit = (): void => {
    if (text.trim() === '') {
      setMissing(true)
      document.getElementById(`${id}-text`)?.focus()
      return
    }
    setError(null)
    mutate(docId, 'proposal.add', {
      docId,
      kind,
      text: text.trim(),
      theme: theme.trim(),
      owner: owner.trim(),
      receiverIds,
      sourceClusterId: clusterId || null
    })
      .then(() => {
        setText('')
        setTheme('')
        setOwner('')
        setClusterId('')
        announce(t('outcomes.proposals.added'))
        document.getElementById(`${id}-text`)?.focus()
      })
      .catch((e: unknown) => setError(toUiError(e)))
  }

  return (
    <form
      className="card proposal-form"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <h3 id={`${id}-heading`} className="card__heading">
        {isLab ? t('outcomes.proposals.newProposal') : t('outcomes.proposals.newRecommendation')}
      </h3>
      {groups.length > 0 && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-cluster`}>
            {t('outcomes.proposals.fromCluster')}
          </label>
          <select id={`${id}-cluster`} className="input" value={clusterId} onChange={(e) => fromCluster(e.target.value)}>
            <option value="">{t('outcomes.proposals.noCluster')}</option>
            {groups.map((c) => (
              <option key={c.id} value={c.id}>
                {excerpt(c.title)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('outcomes.proposals.text')}
        </label>
        <textarea
          id={`${id}-text`}
          className="input proposal-form__text"
          rows={3}
          maxLength={5_000}
          dir="auto"
          value={text}
          aria-invalid={missing}
          aria-describedby={missing ? `${id}-missing` : undefined}
          onChange={(e) => {
            setText(e.target.value)
            setMissing(false)
          }}
        />
        {missing && (
          <p className="field__error" id={`${id}-missing`}>
            {t('outcomes.proposals.textRequired')}
          </p>
        )}
      </div>
      <div className="proposal-form__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-theme`}>
            {t('outcomes.proposals.theme')}
          </label>
          <input
            id={`${id}-theme`}
            className="input"
            list={themesListId}
            maxLength={500}
            dir="auto"
            value={theme}
            onChange={(e) => setTheme(e.target.value)}
          />
        </div>
        {isLab && (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-owner`}>
              {t('outcomes.proposals.owner')}
            </label>
            <input id={`${id}-owner`} className="input" maxLength={500} dir="auto" value={owner} onChange={(e) => setOwner(e.target.value)} />
          </div>
        )}
      </div>
      <BodyChecklist
        bodies={receivers}
        selected={receiverIds}
        legend={t('outcomes.proposals.receivers')}
        empty={t('outcomes.proposals.noReceivers')}
        onToggle={(bodyId, on) => setReceiverIds((ids) => (on ? [...ids, bodyId] : ids.filter((x) => x !== bodyId)))}
      />
      {error && <ErrorMessage error={error} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {isLab ? t('outcomes.proposals.addProposal') : t('outcomes.proposals.addRecommendation')}
        </button>
      </div>
    </form>
  )
}
