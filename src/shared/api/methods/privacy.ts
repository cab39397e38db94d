// Methods of the privacy capability; each entry: 'area.verb': method(inputSchema, outputSchema, doc).
export const privacyMethods = {} as const
