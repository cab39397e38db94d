// Placeholder route target: the capability that owns this view replaces this file.
export function ProjectorView({ docId: _docId }: { docId: string }): React.JSX.Element {
  return <main id="main" />
}
