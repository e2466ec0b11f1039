import {
  LOGO_MAX_STYLE_CHECKS,
  LOGO_MAX_STYLE_RULES,
  LOGO_MAX_USES,
} from '../../../src/logos/logo-report';
import type { LogoComplexity } from './complexity';
import { refuse } from './refusal';

const count = (n: number): string => n.toLocaleString('en');

/**
 * Refuses logos whose structure, not size, would make the app or the browser freeze. Runs on the
 * cleaned tree, so removed content (a hostile `<style>` that was dropped) does not count.
 */
export function checkComplexityCaps(m: LogoComplexity): void {
  if (m.uses > LOGO_MAX_USES) {
    refuse(
      'too-many-uses',
      `The logo has ${count(m.uses)} <use> elements; at most ${count(LOGO_MAX_USES)} are ` +
        'accepted. Convert the repeated shapes to plain paths before importing.',
    );
  }
  if (m.styleSelectors > LOGO_MAX_STYLE_RULES) {
    refuse(
      'too-many-style-rules',
      `The logo's <style> has ${count(m.styleSelectors)} selectors; at most ` +
        `${count(LOGO_MAX_STYLE_RULES)} are accepted. Export it with presentation attributes ` +
        'instead of a stylesheet.',
    );
  }
  if (m.styleChecks > LOGO_MAX_STYLE_CHECKS) {
    refuse(
      'style-too-complex',
      `The logo combines ${count(m.styleSelectors)} style selectors with ${count(m.elements)} ` +
        'elements (some deeply nested), which takes too long to match. Export it with ' +
        'presentation attributes instead of a stylesheet, or with fewer groups.',
    );
  }
}
