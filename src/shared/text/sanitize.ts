// XML 1.0 forbids most C0 controls, and Word refuses files that contain them; a pasted form feed
// must not be able to make a report unopenable. Tab, newline and carriage return stay.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** User text made safe to store and to write into any document format. */
export function sanitizeText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n')
}

/** Single-line fields (titles, names): whitespace runs collapse, ends trimmed. */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/\s+/g, ' ').trim()
}
