// Placeholder route target: the capability that owns this view replaces this file.
export function SetupView({ path: _path }: { path: string }): React.JSX.Element {
  return <main id="main" />
}
