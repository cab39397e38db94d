import { useSyncExternalStore } from 'react'

// An optional, gentle two-note chime when a phase's time runs out. Off by default: a room may be
// in the middle of a quiet reflection. The choice is kept per computer, not per workshop.

const STORAGE_KEY = 'medskapa.timerSound'
const listeners = new Set<() => void>()

function read(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on'
  } catch {
    return false
  }
}

let enabled = read()

export function soundEnabled(): boolean {
  return enabled
}

export function setSoundEnabled(on: boolean): void {
  enabled = on
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off')
  } catch {
    // Storage refused (private window): the choice holds for this session.
  }
  for (const l of listeners) l()
}

export function useSoundEnabled(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    () => enabled
  )
}

let context: AudioContext | null = null

/** Two soft sine notes with slow attack and release, so it reads as a chime, not an alarm. */
export function playChime(): void {
  if (!enabled || typeof AudioContext === 'undefined') return
  try {
    context ??= new AudioContext()
    const ctx = context
    void ctx.resume()
    const notes: [number, number][] = [
      [659.25, 0],
      [880, 0.35]
    ]
    for (const [frequency, offset] of notes) {
      const osc = ctx.createOscillator()
      const gain = ctx.createGain()
      osc.type = 'sine'
      osc.frequency.value = frequency
      const t0 = ctx.currentTime + offset
      gain.gain.setValueAtTime(0, t0)
      gain.gain.linearRampToValueAtTime(0.12, t0 + 0.04)
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 1.2)
      osc.connect(gain).connect(ctx.destination)
      osc.start(t0)
      osc.stop(t0 + 1.25)
    }
  } catch {
    // No audio device: the colour and the announcement still tell that time is up.
  }
}
