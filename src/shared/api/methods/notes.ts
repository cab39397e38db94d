// Methods of the notes capability; each entry: 'area.verb': method(inputSchema, outputSchema, doc).
export const notesMethods = {} as const
