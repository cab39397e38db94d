// Methods of the report capability; each entry: 'area.verb': method(inputSchema, outputSchema, doc).
export const reportMethods = {} as const
