// Methods of the run capability; each entry: 'area.verb': method(inputSchema, outputSchema, doc).
export const runMethods = {} as const
