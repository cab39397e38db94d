import { fieldId } from './issues.ts'

interface Props {
  /** The schema path of the value: names the field's id and finds its problem. */
  path: string
  label: string
  value: string
  onChange: (value: string) => void
  issues: ReadonlyMap<string, string>
  hint?: string
  /** A warning that does not stop saving (an empty prompt where one is expected). */
  warning?: string | null
  multiline?: boolean
  maxLength?: number
  lang?: string
}

/** One text field of the template editor, with the schema's problem for it shown beside it. */
export function Field({ path, label, value, onChange, issues, hint, warning, multiline, maxLength, lang }: Props): React.JSX.Element {
  const id = fieldId(path)
  const problem = issues.get(path)
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null, warning ? `${id}-warning` : null]
    .filter(Boolean)
    .join(' ')
  const common = {
    id,
    value,
    lang,
    dir: 'auto' as const,
    maxLength,
    className: `input${multiline ? ' textarea' : ''}`,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy || undefined
  }
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-error`} className="field__error">
          {problem}
        </p>
      )}
      {warning && !problem && (
        <p id={`${id}-warning`} className="setup-missing">
          {warning}
        </p>
      )}
    </div>
  )
}
