// Methods of the board capability; each entry: 'area.verb': method(inputSchema, outputSchema, doc).
export const boardMethods = {} as const
