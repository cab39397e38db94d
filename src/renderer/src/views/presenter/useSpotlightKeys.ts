import { useEffect } from 'react'
import { commandContext, runCommand } from '../../commands/index.ts'
import { spotlightOn } from '../../commands/presenter.ts'
import { isTextField } from '../../commands/shortcuts.ts'
import { useAppStore } from '../../store/index.ts'

const STEPS: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

/**
 * While a spotlight is on, the plain arrow keys step it, even with a note focused on the board:
 * the facilitator is presenting then, and the room must follow the key they press. Taken before
 * the board sees the key (capture phase); with no spotlight the board keeps its arrows untouched.
 */
export function useSpotlightKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const direction = STEPS[event.key]
      if (!direction || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.isComposing) return
      if (isTextField(event.target) || useAppStore.getState().paletteOpen) return
      if (spotlightOn(commandContext()) === null) return
      event.preventDefault()
      event.stopPropagation()
      runCommand(direction === 1 ? 'presenter.next' : 'presenter.previous')
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [])
}
