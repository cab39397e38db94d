// Methods of the templates capability; each entry: 'area.verb': method(inputSchema, outputSchema, doc).
export const templatesMethods = {} as const
