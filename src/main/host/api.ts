import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import { ApiError, type Envelope } from '../../shared/api/errors.ts'
import { API_PREFIX, httpStatusFor } from '../../shared/api/transport.ts'
import type { Core } from '../core/core.ts'

/**
 * 32 MiB. `library.import` carries a whole workshop in one request, and a note's Lexical JSON
 * alone may be up to 5 MB (entities.ts), so a large circle (six meetings, 2,000 stickies, 100
 * pages of notes: several MB of Lexical JSON, escaped once more inside the interchange JSON)
 * must fit with room to spare. The only client is the facilitator's own browser on loopback,
 * behind the token, so a generous limit costs a little memory, not exposure. The participant
 * server on the room network is a separate host with tiny limits.
 */
export const API_BODY_LIMIT = 32 * 1024 * 1024

function sendEnvelope(reply: FastifyReply, status: number, envelope: Envelope<unknown>): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(envelope)
}

export function sendError(reply: FastifyReply, error: ApiError, status = httpStatusFor(error.toBody())): FastifyReply {
  return sendEnvelope(reply, status, { ok: false, error: error.toBody() })
}

/** Keys that would change an object's prototype if some later code merged the parsed value. */
function rejectPoisonedKeys(key: string, value: unknown): unknown {
  if (key === '__proto__' || (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value)) {
    throw new ApiError('invalid_input', `the request body must not contain the key "${key}"`)
  }
  return value
}

/** JSON.parse keeps its position message ("Unexpected token } ... at position 12"): people can act on it. */
export function parseJsonBody(body: string): unknown {
  if (body.trim() === '') return undefined
  // The reviver costs time on big imports, so it runs only when a dangerous key could be there
  // (\u covers escaped spellings of it).
  const suspicious = body.includes('__proto__') || body.includes('constructor') || body.includes('\\u')
  try {
    return suspicious ? JSON.parse(body, rejectPoisonedKeys) : JSON.parse(body)
  } catch (e) {
    if (e instanceof ApiError) throw e
    throw new ApiError('invalid_input', `the request body is not valid JSON: ${(e as Error).message}`)
  }
}

/** Fastify's own errors (too large, wrong content type) as envelopes with a message to act on. */
function toEnvelopeError(error: FastifyError): { status: number; error: ApiError } {
  if (error instanceof ApiError) return { status: httpStatusFor(error.toBody()), error }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        error: new ApiError('invalid_input', `the request is larger than ${API_BODY_LIMIT / 1024 / 1024} MB`)
      }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        error: new ApiError('invalid_input', 'send the input as JSON with the header Content-Type: application/json')
      }
  }
  const status = error.statusCode ?? 500
  if (status >= 400 && status < 500) {
    return { status, error: new ApiError('invalid_input', `the request could not be read: ${error.message}`) }
  }
  // Unexpected: never hand internals (stack, paths) to the page.
  return { status: 500, error: new ApiError('internal', 'unexpected error in the Medskapa host') }
}

/** POST /api/<method> with the JSON input; the reply is the core's Envelope. */
export function registerApi(app: FastifyInstance, core: Core, log: (line: string) => void): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: API_BODY_LIMIT },
      (_request, body, done) => {
        try {
          done(null, parseJsonBody(body as string))
        } catch (e) {
          const error = e as ApiError & { statusCode?: number }
          error.statusCode = 400
          done(error, undefined)
        }
      }
    )

    scope.setErrorHandler((error: FastifyError, request, reply) => {
      const mapped = toEnvelopeError(error)
      if (mapped.status >= 500) log(`error in ${request.method} ${request.url}: ${error.stack ?? error.message}`)
      return sendError(reply, mapped.error, mapped.status)
    })

    scope.post<{ Params: { method: string } }>(
      `${API_PREFIX}:method`,
      { bodyLimit: API_BODY_LIMIT },
      async (request, reply) => {
        const envelope = await core.invoke(request.params.method, request.body)
        if (!envelope.ok && envelope.error.code === 'internal') {
          log(`${request.params.method} failed: ${envelope.error.message}`)
        }
        return sendEnvelope(reply, envelope.ok ? 200 : httpStatusFor(envelope.error), envelope)
      }
    )
  })
}
