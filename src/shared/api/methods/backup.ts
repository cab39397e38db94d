// Methods of the backup capability; each entry: 'area.verb': method(inputSchema, outputSchema, doc).
export const backupMethods = {} as const
