import { describe, expect, it } from 'vitest';
import { measureComplexity, pathRuns } from '../../../electron/main/logos/complexity';
import { parseSvg } from '../../../electron/main/logos/parse-svg';
import { RemovalLog } from '../../../electron/main/logos/removal-log';
import {
  planSvgo,
  SVGO_MAX_PATH_RUN_WORK,
  SVGO_MAX_SIBLING_WORK,
} from '../../../electron/main/logos/svgo-plan';

const measure = (body: string) =>
  measureComplexity(
    parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`, new RemovalLog()).root,
  );

describe('complexity measures', () => {
  it('counts same-kind path runs, squared', () => {
    expect(pathRuns('M0 0L1 1 2 2')).toEqual({ numbers: 6, runWork: 36 });
    expect(pathRuns('M0 0c1 1 1 1 1 1S2 2 2 2z m0 0')).toEqual({
      numbers: 14,
      runWork: 4 + 100 + 4,
    });
    expect(pathRuns('M0 0a1 1 0 0 1 2 2L3 3')).toEqual({ numbers: 11, runWork: 4 + 49 + 4 });
  });

  it('measures nesting, siblings, style selectors and uses', () => {
    const m = measure(
      '<style>.a,.b{fill:red}@media print{g rect{fill:blue}}</style>' +
        '<g><rect/><rect/><use href="#x"/></g><polygon points="0,0 1,1 2,0"/>',
    );
    expect(m.elements).toBe(7);
    expect(m.depth).toBe(3);
    expect(m.depthWeightedElements).toBe(1 + 2 + 2 + 2 + 3 * 3);
    expect(m.siblingWork).toBe(3 * 3 + 3 * 3);
    expect(m.styleSelectors).toBe(3);
    expect(m.styleChecks).toBe(3 * 16);
    // `g rect` has one combinator, weighted by the depth it could retry over.
    expect(m.styleMatchWork).toBe(16 + 16 + 16 * 3);
    expect(m.uses).toBe(1);
    expect(m.pathRunWork).toBe(36);
  });
});

describe('svgo plan', () => {
  it('runs every plugin on an ordinary logo', () => {
    const plan = planSvgo(measure('<g fill="red"><path d="M0 0h9v9z"/></g>'), false);
    expect(plan.skipped).toEqual([]);
    expect(plan.plugins).toContain('convertPathData');
  });

  it('skips path writers for long command runs and everything for huge sibling lists', () => {
    const long = measure(`<path d="M0 0${' 1 1'.repeat(Math.sqrt(SVGO_MAX_PATH_RUN_WORK))}"/>`);
    expect(planSvgo(long, false).skipped).toEqual([
      'convertShapeToPath',
      'convertPathData',
      'mergePaths',
    ]);
    const wide = measure('<g/>'.repeat(Math.ceil(Math.sqrt(SVGO_MAX_SIBLING_WORK)) + 1));
    expect(planSvgo(wide, false).plugins).toEqual([]);
  });

  it('skips the style-matching plugins when rules meet deep nesting', () => {
    const deep = measure(
      `<style>g g rect{fill:red}</style>${'<g>'.repeat(60)}<rect/>${'</g>'.repeat(60)}`,
    );
    const plan = planSvgo(deep, true);
    expect(plan.skipped).toContain('removeUnknownsAndDefaults');
    expect(plan.skipped).toContain('convertPathData');
    expect(plan.plugins).toContain('cleanupNumericValues');
  });
});
