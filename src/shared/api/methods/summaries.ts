// Methods of the summaries capability; each entry: 'area.verb': method(inputSchema, outputSchema, doc).
export const summariesMethods = {} as const
