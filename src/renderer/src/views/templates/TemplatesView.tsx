// Placeholder route target: the capability that owns this view replaces this file.
export function TemplatesView(): React.JSX.Element {
  return <main id="main" />
}
