import { describe, expect, it } from 'vitest';
import {
  CONNECTOR_TYPE_INFO,
  CONNECTOR_TYPES,
  DEFAULT_EXECUTION_MODE,
  DEFAULT_FLOW,
  EXECUTION_MODE_INFO,
  FLOW_INFO,
  flowsForType,
  isFlowValidForType,
} from '../../../src/connectors/catalogue';
import { FIELD_TABLE, LOCKED_FIELDS } from '../../../src/connectors/fields';

describe('connector types', () => {
  it('lists the eight Dev Portal types with their labels and API values', () => {
    expect(CONNECTOR_TYPES.map((type) => [type, CONNECTOR_TYPE_INFO[type].label])).toEqual([
      ['datasource', 'Data source'],
      ['export', 'Export'],
      ['export-delta', 'Export delta'],
      ['data-service', 'Data service'],
      ['download', 'Download'],
      ['transform', 'Transform'],
      ['write', 'Write'],
      ['upload', 'Upload'],
    ]);
  });

  it('gives the documented directions and marks undocumented values as inferred', () => {
    expect(CONNECTOR_TYPE_INFO.datasource.direction).toBe('Inbound');
    expect(CONNECTOR_TYPE_INFO.export.direction).toBe('Outbound');
    expect(CONNECTOR_TYPE_INFO['data-service'].direction).toBe('Transform');
    expect(CONNECTOR_TYPE_INFO.write.direction).toBeNull();
    const inferred = CONNECTOR_TYPES.filter((type) => CONNECTOR_TYPE_INFO[type].inferred);
    expect(inferred).toEqual(['export-delta', 'download', 'write', 'upload']);
  });
});

describe('flows', () => {
  it('defaults to Default and allows Default and Standalone for every type', () => {
    expect(DEFAULT_FLOW).toBe('default');
    for (const type of CONNECTOR_TYPES) {
      expect(isFlowValidForType('default', type)).toBe(true);
      expect(isFlowValidForType('standalone', type)).toBe(true);
    }
  });

  it('allows Migration only for data source, export, export delta and data service', () => {
    const allowed = CONNECTOR_TYPES.filter((type) => isFlowValidForType('migration', type));
    expect(allowed).toEqual(['datasource', 'export', 'export-delta', 'data-service']);
    expect(FLOW_INFO.migration.internal).toBe(true);
  });

  it('offers Migration only when internal flows are shown, and only for valid types', () => {
    expect(flowsForType('datasource', false)).toEqual(['default', 'standalone']);
    expect(flowsForType('datasource', true)).toEqual(['default', 'standalone', 'migration']);
    expect(flowsForType('download', true)).toEqual(['default', 'standalone']);
  });
});

describe('execution modes', () => {
  it('has the two modes with the Dev Portal labels; environment variables by default', () => {
    expect(EXECUTION_MODE_INFO['as-env-variables'].label).toBe('Environment variable');
    expect(EXECUTION_MODE_INFO['as-command-options'].label).toBe('Command options');
    expect(DEFAULT_EXECUTION_MODE).toBe('as-env-variables');
  });
});

describe('field table', () => {
  it('requires only name and type', () => {
    expect(FIELD_TABLE.filter((info) => info.required).map((info) => info.field)).toEqual([
      'name',
      'type',
    ]);
  });

  it('locks type, flow, execution mode and owner after creation', () => {
    expect([...LOCKED_FIELDS].sort()).toEqual(['executionMode', 'flow', 'owner', 'type']);
  });

  it('uses the Dev Portal labels in its order', () => {
    expect(FIELD_TABLE.map((info) => info.label)).toEqual([
      'Name',
      'Type',
      'Description',
      'Flow',
      'Execution mode',
      'Owner',
      'Readme',
      'Logo',
    ]);
  });
});
