import type { NetworkInterface } from './schemas.ts'

/** The shape of one entry of Node's os.networkInterfaces(), without importing Node here. */
export interface RawInterfaceAddress {
  address: string
  family: string | number
  internal: boolean
}

/** fe80::/10 needs a zone id (%eth0) that phones cannot put in a URL, so it is never offered. */
export function isLinkLocalV6(address: string): boolean {
  return /^fe[89ab][0-9a-f]:/i.test(address)
}

/**
 * The addresses the participant server may listen on, the likeliest first: the room's network
 * (IPv4, which every phone handles), then IPv6, then this computer only. Wildcards (0.0.0.0, ::)
 * are never offered: the server listens on exactly the address the facilitator picked.
 */
export function listInterfaces(raw: Record<string, RawInterfaceAddress[] | undefined>): NetworkInterface[] {
  const out: NetworkInterface[] = []
  for (const [name, addresses] of Object.entries(raw)) {
    for (const a of addresses ?? []) {
      const family = a.family === 'IPv4' || a.family === 4 ? 'IPv4' : a.family === 'IPv6' || a.family === 6 ? 'IPv6' : null
      if (!family || isLinkLocalV6(a.address)) continue
      out.push({ name, address: a.address, family, internal: a.internal, reach: a.internal ? 'this_computer' : 'network' })
    }
  }
  const rank = (i: NetworkInterface): number => (i.internal ? 2 : 0) + (i.family === 'IPv6' ? 1 : 0)
  return out.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.address.localeCompare(b.address))
}

/** http://192.168.1.5:8080 or http://[fd00::2]:8080: how a phone's browser writes the server's origin. */
export function originFor(address: string, port: number): string {
  const host = address.includes(':') ? `[${address}]` : address
  return port === 80 ? `http://${host}` : `http://${host}:${port}`
}
