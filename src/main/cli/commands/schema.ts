import { z } from 'zod'
import { FORMAT_NAME, FORMAT_VERSION, WorkshopFile } from '../../../shared/domain/interchange.ts'
import { parseCommandArgs, type Command } from '../command.ts'
import { prettyJson, writeOutput } from '../output.ts'

const Args = z.object({ out: z.string().min(1, 'must not be empty').optional() })

/**
 * The JSON Schema of the interchange format, from the same zod schema import uses. `io: 'input'`
 * describes what import accepts (fields with defaults may be left out). Rules JSON Schema cannot
 * express — unique ids, references between rows — are checked by import and named in the description.
 */
export function workshopJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(WorkshopFile, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>
  return {
    $schema,
    title: `Medskapa workshop (${FORMAT_NAME}, format version ${FORMAT_VERSION})`,
    description:
      'One workshop or research circle with all its meetings, as exported by Medskapa. Beyond this schema, ' +
      'import also requires every id to be unique within its list and every reference (phaseId, meetingId, ' +
      'clusterId, targetId, bodyId, proposalId, summaryId, receiverIds, responsibleIds, currentMeetingId, ' +
      'currentPhaseId, sourceClusterId) to name a row in the same file.',
    ...rest
  }
}

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print the JSON Schema of the interchange format',
  usage: 'medskapa schema [--out <file>]',
  help: [
    'Prints the JSON Schema (draft 2020-12) of the workshop interchange JSON that export writes and',
    'import reads. The repository keeps a copy in docs/workshop.schema.json.',
    '',
    'Options:',
    '  --out, -o <file>   write to this file (atomically) instead of standard output'
  ].join('\n'),
  run: async (args) => {
    const { out } = parseCommandArgs(args, {
      positionals: [],
      options: { out: { type: 'string', short: 'o' } },
      schema: Args
    })
    writeOutput(prettyJson(workshopJsonSchema()), out)
  }
}
