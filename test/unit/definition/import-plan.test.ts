import { describe, expect, it } from 'vitest';
import { planImport, resolveImport, type ImportSource } from '../../../src/definition/import-plan';
import { OWNER, sampleConnector } from './samples';

function source(file: string, connectors = [sampleConnector()]): ImportSource {
  return {
    file,
    connectors: connectors.map((connector, index) => ({
      connector,
      pointer: `/connectors/${index}`,
      logoPointer: null,
    })),
    notes: [],
    problems: [],
  };
}

describe('planImport', () => {
  it('refuses the same id in two files of one import, naming the first file', () => {
    const connector = sampleConnector();
    const plan = planImport(
      [source('a.json', [connector]), source('b.json', [connector])],
      () => undefined,
    );
    expect(plan.problems).toEqual([
      {
        file: 'b.json',
        pointer: '/connectors/0/id',
        message: `The connector id ${connector.id} is also in a.json; import one of the two.`,
      },
    ]);
  });

  it('notes an owner that is not one of the user’s organizations', () => {
    const plan = planImport(
      [source('a.json', [sampleConnector({ name: 'Foreign' })])],
      () => undefined,
      (id) => id !== OWNER,
    );
    expect(plan.files[0]?.notes).toEqual([
      expect.stringMatching(/^"Foreign" is owned by organization .* not in your Settings/),
    ]);
  });
});

describe('resolveImport', () => {
  const created = sampleConnector({
    status: 'created',
    confirmedAt: '2026-02-01T10:00:00.000Z',
    name: 'Live',
  });

  it('keeps both as a copy with a new id and " - Copy", still created', () => {
    const plan = planImport([source('a.json', [created])], (id) =>
      id === created.id ? created : undefined,
    );
    const result = resolveImport(
      plan,
      'keep-both',
      () => created,
      () => '11111111-2222-4333-8444-555555555555',
    );
    expect(result.ok && result.value.toSave).toEqual([
      { ...created, id: '11111111-2222-4333-8444-555555555555', name: 'Live - Copy' },
    ]);
  });

  it('refuses to replace a created connector with a draft', () => {
    const draft = { ...created, status: 'draft' as const, confirmedAt: null };
    const plan = planImport([source('a.json', [draft])], () => created);
    expect(plan.conflicts[0]?.replaceRefusal).toMatch(/a created connector stays created/);
    expect(
      resolveImport(
        plan,
        'replace',
        () => created,
        () => 'unused',
      ),
    ).toMatchObject({ ok: false });
    expect(
      resolveImport(
        plan,
        'skip',
        () => created,
        () => 'unused',
      ),
    ).toMatchObject({
      ok: true,
      value: { toSave: [], skipped: 1 },
    });
  });
});
