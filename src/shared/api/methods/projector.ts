// Methods of the projector capability; each entry: 'area.verb': method(inputSchema, outputSchema, doc).
export const projectorMethods = {} as const
