import { useEffect } from 'react'
import { commandForKey, isEnabled, runCommand } from '../commands/index.ts'
import { useAppStore } from '../store/index.ts'

/** One keydown listener for every command shortcut; views handle their own local keys first. */
export function useCommandKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const command = commandForKey(event)
      if (!command) return
      // The open palette owns the keyboard, except for its own shortcut, which closes it.
      if (useAppStore.getState().paletteOpen && command.id !== 'app.palette') return
      if (!isEnabled(command)) return
      event.preventDefault()
      runCommand(command.id)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
