import type { ProjectorProposal } from '../../../../shared/projector/schema.ts'
import type { ScreenT } from './screenText.ts'

/**
 * Recommendations as the room wrote them, each with who receives it; in a responses phase, also
 * what each receiver answered. The decision is in words, the colour only repeats it.
 */
export function ProposalList({ proposals, withResponses, t }: { proposals: readonly ProjectorProposal[]; withResponses: boolean; t: ScreenT }): React.JSX.Element {
  if (proposals.length === 0) return <p className="pj-empty">{t('projector.proposals.empty')}</p>
  return (
    <ol className="pj-proposals">
      {proposals.map((p, i) => (
        <li key={p.id} className="pj-proposal">
          <p className="pj-proposal__kind">
            {t(`projector.proposals.kind.${p.kind}`)} {i + 1}
            {p.theme && (
              <>
                {' · '}
                <span dir="auto">{p.theme}</span>
              </>
            )}
          </p>
          <p className="pj-proposal__text" dir="auto">
            {p.text}
          </p>
          {p.receivers.length > 0 && (
            <p className="pj-proposal__to" dir="auto">
              {t('projector.proposals.receivers', { names: p.receivers.join(', ') })}
            </p>
          )}
          {withResponses && (
            <ul className="pj-responses">
              {p.responses.length === 0 && <li className="pj-response pj-response--none">{t('projector.proposals.noAnswer')}</li>}
              {p.responses.map((r, j) => (
                <li key={`${r.body}:${j}`} className={`pj-response pj-response--${r.decision}`}>
                  <span className="pj-response__decision">{t(`projector.proposals.decision.${r.decision}`)}</span>{' '}
                  <span className="pj-response__body" dir="auto">
                    {r.body}
                  </span>
                  {r.date && <span className="pj-response__date"> · {r.date}</span>}
                  {r.commitment && (
                    <span className="pj-response__commitment" dir="auto">
                      {r.commitment}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  )
}
