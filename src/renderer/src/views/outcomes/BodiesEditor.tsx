import type { Body } from '../../../../shared/domain/entities.ts'
import { errorText } from '../../components/errorText.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore } from '../../store/index.ts'
import { AddBodyForm } from './AddBodyForm.tsx'
import { AutoField } from './AutoField.tsx'
import { SavedCheckbox } from './SavedCheckbox.tsx'
import { useOrdered } from './useTables.ts'

const KINDS = ['namnd', 'forvaltning', 'bolag', 'other'] as const

/**
 * The workshop's nämnder, förvaltningar and companies, editable in place: the Ansvar column picks
 * from it, recommendations are sent to the receivers in it, and each receiver's answer-by date is
 * what makes an answer overdue.
 */
export function BodiesEditor({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const bodies = useOrdered(docId, 'body')
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const fail = (e: unknown): void => pushToast({ kind: 'error', message: errorText(e) })
  const update = (body: Body, patch: Partial<Omit<Body, 'id'>>): Promise<unknown> => mutate(docId, 'body.update', { docId, id: body.id, patch })
  const named = (b: Body): string => b.abbreviation || b.name

  return (
    <div className="bodies">
      {bodies.length === 0 ? (
        <p className="card__empty">{t('outcomes.bodies.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('outcomes.bodies.heading')} tabIndex={0}>
          <table className="data-table bodies__table">
            <thead>
              <tr>
                <th scope="col">{t('outcomes.bodies.abbreviation')}</th>
                <th scope="col">{t('outcomes.bodies.name')}</th>
                <th scope="col">{t('outcomes.bodies.kind')}</th>
                <th scope="col">{t('outcomes.bodies.receiver')}</th>
                <th scope="col">{t('outcomes.bodies.answerBy')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('outcomes.common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {bodies.map((b) => (
                <tr key={b.id} data-body-id={b.id}>
                  <td className="bodies__abbr">
                    <AutoField
                      value={b.abbreviation}
                      maxLength={32}
                      label={t('outcomes.bodies.fieldOf', { field: t('outcomes.bodies.abbreviation'), name: b.name })}
                      onCommit={(abbreviation) => update(b, { abbreviation: abbreviation.trim() })}
                    />
                  </td>
                  <td>
                    <AutoField
                      value={b.name}
                      maxLength={200}
                      label={t('outcomes.bodies.fieldOf', { field: t('outcomes.bodies.name'), name: named(b) })}
                      onCommit={(name) => (name.trim() === '' ? Promise.reject(new Error(t('outcomes.bodies.nameRequired'))) : update(b, { name: name.trim() }))}
                    />
                  </td>
                  <td>
                    <select
                      className="input"
                      value={b.kind}
                      aria-label={t('outcomes.bodies.fieldOf', { field: t('outcomes.bodies.kind'), name: named(b) })}
                      onChange={(e) => void update(b, { kind: e.target.value as Body['kind'] }).catch(fail)}
                    >
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`outcomes.bodies.kinds.${k}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="bodies__receiver">
                    <label className="check">
                      <SavedCheckbox checked={b.isReceiver} onSave={(isReceiver) =>
                          update(b, { isReceiver }).catch((e: unknown) => {
                            fail(e)
                            throw e
                          })
                        } />
                      <span>{t('outcomes.bodies.receiverShort')}</span>
                      <span className="visually-hidden">{named(b)}</span>
                    </label>
                  </td>
                  <td>
                    <input
                      type="date"
                      className="input bodies__date"
                      value={b.answerBy ?? ''}
                      aria-label={t('outcomes.bodies.fieldOf', { field: t('outcomes.bodies.answerBy'), name: named(b) })}
                      onChange={(e) => {
                        const value = e.target.value
                        if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) void update(b, { answerBy: value || null }).catch(fail)
                      }}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-label={t('outcomes.bodies.removeLabel', { name: b.name })}
                      onClick={() =>
                        void mutate(docId, 'body.remove', { docId, id: b.id })
                          .then(() => announce(t('outcomes.bodies.removed', { name: b.name })))
                          .catch(fail)
                      }
                    >
                      {t('outcomes.common.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddBodyForm docId={docId} />
    </div>
  )
}
