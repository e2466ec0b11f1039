import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { serializeDefinitionFile } from '../../../src/definition/definition-file';
import { planImport } from '../../../src/definition/import-plan';
import { definitionJsonSchema } from '../../../electron/cli/definition-schema-command';
import { loadDefinitions } from '../../../electron/main/files/load-definitions';
import { GENERATOR, sampleConnector } from './samples';

const published = JSON.parse(await readFile('resources/connector-definition.schema.json', 'utf8'));
const docs = await readFile('docs/definition-format.md', 'utf8');
// The schema spells out uuid and date-time as patterns too, so format keywords are only labels.
const validate = new Ajv2020({ allErrors: true, validateFormats: false }).compile(published);

/** Every fenced block tagged exactly `json` in the format's documentation. */
const examples = [...docs.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');

describe('the published JSON Schema', () => {
  it('is what the importer’s schema generates (run `npm run cli -- schema` after changing it)', () => {
    expect(published).toEqual(definitionJsonSchema());
  });

  it('accepts what the app exports', () => {
    const text = serializeDefinitionFile(
      [sampleConnector(), sampleConnector({ type: null })],
      GENERATOR,
    );
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses an unknown key and a wrong enum value', () => {
    const file = JSON.parse(serializeDefinitionFile([sampleConnector()], GENERATOR));
    file.connectors[0].flow = 'sideways';
    file.extra = true;
    expect(validate(file)).toBe(false);
  });
});

describe('the examples in docs/definition-format.md', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((text, index) => [index, text] as const))(
    'example %i imports without problems, and validates against the schema when it is a definition file',
    (index, text) => {
      const plan = planImport(
        loadDefinitions([{ file: `example-${index}.json`, text }], '2026-03-01T00:00:00.000Z'),
        () => undefined,
      );
      expect(plan.problems).toEqual([]);
      const json = JSON.parse(text);
      if ('format' in json) expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    },
  );
});
