// Methods of the outcomes capability; each entry: 'area.verb': method(inputSchema, outputSchema, doc).
export const outcomesMethods = {} as const
