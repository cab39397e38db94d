/** The title and the close button every large dialog starts with (styles/dialog.css). */
export function DialogHead({
  titleId,
  titleRef,
  title,
  closeLabel,
  onClose
}: {
  titleId: string
  /** useModalDialog focuses the title when the dialog opens. */
  titleRef: React.Ref<HTMLHeadingElement>
  title: string
  closeLabel: string
  onClose: () => void
}): React.JSX.Element {
  return (
    <div className="dialog__head">
      <h2 className="dialog__title" id={titleId} ref={titleRef} tabIndex={-1}>
        {title}
      </h2>
      <button type="button" className="icon-button dialog__close" aria-label={closeLabel} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}
