import { useEffect, useId, useState } from 'react'
import { PARTICIPANT_INFO_ITEMS, PARTICIPANT_INFO_TEXT } from '../../../../shared/outcomes/checklist.ts'
import { errorText } from '../../components/errorText.ts'
import { formatDateTime } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/index.ts'
import { useAppStore, selectWorkshopRow } from '../../store/index.ts'
import { useLang } from '../outcomes/useTables.ts'

/**
 * What participants must be told before they take part (purpose, who receives the results, that
 * it is voluntary, how notes are kept), and a record that they were told.
 */
export function ParticipantChecklist({ docId, prominent }: { docId: string; prominent: boolean }): React.JSX.Element {
  const { t } = useTranslation()
  const lang = useLang()
  const givenAt = useAppStore((s) => selectWorkshopRow(docId)(s)?.participantInfoGivenAt ?? null)
  const mutate = useAppStore((s) => s.mutate)
  const pushToast = useAppStore((s) => s.pushToast)
  const announce = useAppStore((s) => s.announce)
  const id = useId()
  // The box answers at once; the stored record follows and then wins.
  const [checked, setChecked] = useState(givenAt !== null)
  useEffect(() => setChecked(givenAt !== null), [givenAt])

  const record = (given: boolean): void => {
    setChecked(given)
    mutate(docId, 'workshop.recordParticipantInfo', { docId, given })
      .then(() => announce(given ? t('outcomes.privacy.infoRecorded') : t('outcomes.privacy.infoCleared')))
      .catch((e: unknown) => {
        setChecked(givenAt !== null)
        pushToast({ kind: 'error', message: errorText(e) })
      })
  }

  return (
    <section className={`privacy-card${prominent ? ' privacy-card--prominent' : ''}`} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="privacy-card__heading">
        {t('outcomes.privacy.infoHeading')}
      </h3>
      <p className="privacy-card__text">{prominent ? t('outcomes.privacy.infoIntroCircle') : t('outcomes.privacy.infoIntro')}</p>
      <ul className="checklist">
        {PARTICIPANT_INFO_ITEMS.map((item) => (
          <li key={item}>{PARTICIPANT_INFO_TEXT[lang][item]}</li>
        ))}
      </ul>
      <label className="check check--strong">
        <input type="checkbox" checked={checked} onChange={(e) => record(e.target.checked)} />
        <span>{t('outcomes.privacy.infoGiven')}</span>
      </label>
      {givenAt !== null && <p className="field__hint">{t('outcomes.privacy.infoGivenAt', { date: formatDateTime(givenAt, lang) })}</p>}
    </section>
  )
}
