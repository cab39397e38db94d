import { useId } from 'react'
import { useTranslation } from '../../i18n/index.ts'
import { AnswersByRecommendation } from './AnswersByRecommendation.tsx'
import { AnswersOverview } from './AnswersOverview.tsx'
import { BodiesButton } from './BodiesDialog.tsx'
import { FeedbackList } from './FeedbackList.tsx'

/** "Svar från nämnderna": who has answered by the agreed date, each answer, and the feedback to the circle. */
export function ResponsesView({ docId }: { docId: string }): React.JSX.Element {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section className="responses" aria-labelledby={headingId}>
      <header className="effects__header">
        <div>
          <h2 id={headingId} className="section-heading">
            {t('outcomes.answers.heading')}
          </h2>
          <p className="card__text">{t('outcomes.answers.intro')}</p>
        </div>
        <div className="effects__tools">
          <BodiesButton docId={docId} />
        </div>
      </header>
      <AnswersOverview docId={docId} />
      <AnswersByRecommendation docId={docId} />
      <FeedbackList docId={docId} />
    </section>
  )
}
