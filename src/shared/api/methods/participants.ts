// Methods of the participants capability; each entry: 'area.verb': method(inputSchema, outputSchema, doc).
export const participantsMethods = {} as const
