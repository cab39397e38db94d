/** Three overlapping notes: the app's mark. Decorative; the name is always written next to it. */
export function BrandMark({ size = 32 }: { size?: number }): React.JSX.Element {
  return (
    <svg className="brand-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="2" y="7" width="17" height="17" rx="3" fill="var(--sticky-blue)" stroke="var(--brand-ink)" strokeWidth="1.5" />
      <rect x="8" y="3" width="17" height="17" rx="3" fill="var(--sticky-yellow)" stroke="var(--brand-ink)" strokeWidth="1.5" />
      <rect x="13" y="12" width="17" height="17" rx="3" fill="var(--sticky-green)" stroke="var(--brand-ink)" strokeWidth="1.5" />
    </svg>
  )
}
