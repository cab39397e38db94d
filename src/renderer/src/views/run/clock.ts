// Timers are stored in the core's clock (when a timer started, in the host's milliseconds). A
// browser on another machine may be seconds off, so the view keeps an estimate of the gap from
// answers the core stamps with its own "now", and counts with that.

let skewMs = 0
let bestRoundTrip = Number.POSITIVE_INFINITY

/** The core's clock as this view best knows it. */
export function serverNow(): number {
  return Date.now() - skewMs
}

/**
 * Learn from one answer: `stamp` is the core's "now" while it handled a call sent at `sentAt` and
 * answered at `answeredAt` (this machine's clock). The answer with the shortest round trip wins,
 * since its midpoint is the tightest bound; a later, slower answer does not undo it.
 */
export function noteServerStamp(stamp: number, sentAt: number, answeredAt: number): void {
  const roundTrip = answeredAt - sentAt
  if (!Number.isFinite(stamp) || roundTrip < 0 || roundTrip > 5_000) return
  if (roundTrip > bestRoundTrip) return
  bestRoundTrip = roundTrip
  skewMs = Math.round((sentAt + answeredAt) / 2 - stamp)
}
