import type { Workshop } from '../../../../shared/domain/entities.ts'
import { useTranslation } from '../../i18n/index.ts'
import { AutosaveField } from './AutosaveField.tsx'
import { Section } from './Section.tsx'
import { useSetupWrites } from './useSetupWrites.ts'

type TextKey = 'organiser' | 'commissionedBy' | 'municipality' | 'department' | 'place'

/** Title, purpose and who is behind it: what the report's first page says. */
export function AboutSection({ docId, workshop }: { docId: string; workshop: Workshop }): React.JSX.Element {
  const { t } = useTranslation()
  const { updateWorkshop, errorText } = useSetupWrites(docId)
  const line = (key: TextKey, hint?: string): React.JSX.Element => (
    <AutosaveField
      id={`setup-${key}`}
      label={t(`run.setup.about.${key}`)}
      value={workshop[key]}
      hint={hint}
      errorText={errorText}
      onSave={(value) => updateWorkshop({ [key]: value })}
    />
  )
  return (
    <Section id="setup-about" heading={t('run.setup.about.heading')}>
      <div className="setup-fields">
        <AutosaveField
          id="setup-title"
          className="setup-fields__wide"
          label={t('run.setup.about.title')}
          value={workshop.title}
          maxLength={200}
          requiredMessage={t('run.setup.about.titleRequired')}
          errorText={errorText}
          onSave={(title) => updateWorkshop({ title })}
        />
        <AutosaveField
          id="setup-purpose"
          className="setup-fields__wide"
          label={t('run.setup.about.purpose')}
          hint={t('run.setup.about.purposeHint')}
          value={workshop.purpose}
          multiline
          maxLength={20_000}
          errorText={errorText}
          onSave={(purpose) => updateWorkshop({ purpose })}
        />
        {line('organiser', t('run.setup.about.organiserHint'))}
        {line('commissionedBy')}
        {line('municipality')}
        {line('department')}
        {line('place', t('run.setup.about.placeHint'))}
      </div>
    </Section>
  )
}
