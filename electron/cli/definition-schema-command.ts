import { z } from 'zod';
import { definitionFileSchema } from '../../src/definition/definition-schema';
import type { CliCommand } from './command';

/** The published JSON Schema, generated from the schema the importer uses. */
export function definitionJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://connector-studio.invalid/schemas/connector-definition-2.schema.json',
    ...z.toJSONSchema(definitionFileSchema),
  };
}

export const definitionSchemaCommand: CliCommand = {
  summary: 'print the JSON Schema of connector definition files',
  help: `Usage:
  connector-studio schema
      Print the JSON Schema (draft 2020-12) of the current definition file format.
      resources/connector-definition.schema.json is this output.
`,
  async run(_args, io) {
    io.stdout(`${JSON.stringify(definitionJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
