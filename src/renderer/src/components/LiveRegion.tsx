import { useAppStore } from '../store/index.ts'

/** Polite announcements for screen readers ("Lapp tillagd."); keyed so a repeat is read again. */
export function LiveRegion(): React.JSX.Element {
  const announcement = useAppStore((s) => s.announcement)
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={announcement.nonce}>{announcement.text}</span>
    </div>
  )
}
