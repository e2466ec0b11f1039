import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDefinitionFile } from '../../../src/definition/definition-file';
import { readDefinitionText } from '../../../src/definition/read-definition';
import { GENERATOR, sampleConnector } from './samples';

const NOW = '2026-03-01T12:00:00.000Z';

function problemsOf(text: string) {
  const result = readDefinitionText(text, NOW);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

function validFile() {
  return JSON.parse(serializeDefinitionFile([sampleConnector(), sampleConnector()], GENERATOR));
}

describe('readDefinitionText', () => {
  it('reads back exactly what was serialized', () => {
    const connectors = [
      sampleConnector({
        status: 'created',
        confirmedAt: '2026-02-03T10:00:00.000Z',
        readme: '# Hi',
      }),
      sampleConnector({ type: null, name: '', description: 'Draft' }),
    ];
    const result = readDefinitionText(serializeDefinitionFile(connectors, GENERATOR), NOW);
    expect(result.ok && result.connectors.map((entry) => entry.connector)).toEqual(connectors);
  });

  it('names a BOM', () => {
    expect(problemsOf(`\uFEFF${serializeDefinitionFile([], GENERATOR)}`)).toEqual([
      { pointer: '', message: expect.stringContaining('byte-order mark') },
    ]);
  });

  it('locates broken JSON by line and column', () => {
    expect(problemsOf('{\n  "format": "x",\n  "connectors": [,]\n}')[0]?.message).toBe(
      'The file is not valid JSON: at line 3, column 18, expected a value, found ",".',
    );
  });

  it('names trailing garbage after the JSON value', () => {
    const text = `${serializeDefinitionFile([], GENERATOR)}garbage`;
    expect(problemsOf(text)[0]?.message).toMatch(/unexpected text after the end of the JSON value/);
  });

  it('points at a missing required key', () => {
    const file = validFile();
    delete file.connectors[1].name;
    expect(problemsOf(JSON.stringify(file))).toEqual([
      { pointer: '/connectors/1/name', message: 'Missing required key "name".' },
    ]);
  });

  it('calls a missing enum key missing, not an unknown value', () => {
    const file = validFile();
    delete file.connectors[0].flow;
    expect(problemsOf(JSON.stringify(file))).toEqual([
      { pointer: '/connectors/0/flow', message: 'Missing required key "flow".' },
    ]);
  });

  it('lists the allowed values for an unknown enum value', () => {
    const file = validFile();
    file.connectors[0].type = 'importer';
    const [problem] = problemsOf(JSON.stringify(file));
    expect(problem?.pointer).toBe('/connectors/0/type');
    expect(problem?.message).toMatch(
      /^Unknown value "importer"; expected one of "datasource", "export"/,
    );
  });

  it('refuses a flow that the type does not allow', () => {
    const file = validFile();
    file.connectors[0].type = 'download';
    file.connectors[0].flow = 'migration';
    expect(problemsOf(JSON.stringify(file))).toEqual([
      {
        pointer: '/connectors/0/flow',
        message: expect.stringContaining('Migration flow is not available for the type "download"'),
      },
    ]);
  });

  it('refuses duplicate ids inside one bundle', () => {
    const file = validFile();
    file.connectors[1].id = file.connectors[0].id;
    expect(problemsOf(JSON.stringify(file))).toEqual([
      {
        pointer: '/connectors/1/id',
        message: 'Duplicate connector id; /connectors/0/id has the same one.',
      },
    ]);
  });

  it('points at unknown keys', () => {
    const file = validFile();
    file.connectors[0]['x-studio'].colour = 'red';
    expect(problemsOf(JSON.stringify(file))[0]?.pointer).toBe('/connectors/0/x-studio/colour');
  });

  it('refuses a newer format version naming both versions', () => {
    const file = { ...validFile(), formatVersion: 3 };
    expect(problemsOf(JSON.stringify(file))).toEqual([
      {
        pointer: '/formatVersion',
        message:
          'This file is format version 3; this version of Connector Studio reads format versions up to 2. Update Connector Studio to import it.',
      },
    ]);
  });

  it('refuses JSON that is neither format', () => {
    expect(problemsOf('{"hello": "world"}')[0]?.message).toMatch(/^Not a connector definition/);
  });
});

describe('older files and the platform’s JSON', () => {
  const fixture = (name: string) =>
    readFileSync(join(import.meta.dirname, '../../fixtures/definitions', name), 'utf8');

  it('upgrades a format version 1 file and says what changed', () => {
    const result = readDefinitionText(fixture('v1-created.connector.json'), NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.notes).toEqual([expect.stringMatching(/^Upgraded from format version 1/)]);
    expect(result.connectors[0]?.connector).toEqual({
      id: '3f0b9a52-6c1e-4d7a-9e25-8b4c1d2e3f40',
      status: 'created',
      name: 'Marketplace feed',
      type: 'export',
      description: 'Sends the catalogue to the marketplace',
      flow: 'default',
      executionMode: 'as-command-options',
      owner: '6f1c2b7e-4d1a-4c5e-9b8a-1e2f3a4b5c6d',
      readme: '',
      logo: null,
      createdAt: '2026-01-12T08:30:00.000Z',
      updatedAt: '2026-01-14T16:05:12.000Z',
      confirmedAt: '2026-01-13T09:00:00.000Z',
    });
  });

  it('points into a version 1 file with its own keys', () => {
    const file = JSON.parse(fixture('v1-created.connector.json'));
    file.connectors[0]['x-studio']['created-at'] = 'yesterday';
    expect(problemsOf(JSON.stringify(file))[0]?.pointer).toBe('/connectors/0/x-studio/created-at');
  });

  it('takes the Connector details fields of the CDE API’s connector and lists what it ignored', () => {
    const result = readDefinitionText(fixture('cde-api-connector.json'), NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.connectors[0]?.connector).toMatchObject({
      id: '9d6c1e2f-0a4b-4c3d-8e7f-112233445566',
      status: 'created',
      name: 'Shop import',
      type: 'datasource',
      readme: 'Reads products from the shop API.',
      executionMode: 'as-env-variables',
      createdAt: '2026-02-02T10:15:00.000Z',
      updatedAt: '2026-02-05T12:00:00.000Z',
    });
    const notes = result.notes.join('\n');
    expect(notes).toMatch(
      "Left out, because they are not part of Connector details: the connector's integrator; " +
        "version 1.0.0's state, Application configuration and Version Control configuration.",
    );
    expect(notes).toMatch(/logo is a link on the platform/);
  });

  it('points into the API envelope for a bad value', () => {
    const file = JSON.parse(fixture('cde-api-connector.json'));
    file.data.type = 'feed';
    expect(problemsOf(JSON.stringify(file))[0]?.pointer).toBe('/data/type');
  });
});
