/**
 * An inlined logo must stay inside the box the page gives it. On the root `<svg>`, a transform
 * (`style="transform:scale(1000)"`) or `overflow:visible` with far-away content lets it paint
 * over the whole page, so those properties are removed from the root: from its attributes, its
 * `style`, and from every `<style>` rule that could match it.
 */

export const ROOT_PLACEMENT_PROPERTIES: ReadonlySet<string> = new Set([
  'transform',
  'transform-origin',
  'transform-box',
  'overflow',
]);

export const ROOT_PLACEMENT_REMOVAL = 'transform or overflow on the root';

/** The root's id and classes as they are written after prefixing. */
export interface RootIdentity {
  id?: string;
  classes: ReadonlySet<string>;
}

/**
 * Whether a scoped selector could match the root. Only its subject (the last compound) is read:
 * a type other than `svg`, or a class or id the root does not have, rules it out. Combinators are
 * not followed (the page around an inlined logo is unknown), so this errs on the side of "could".
 */
export function couldMatchRoot(selector: string, root: RootIdentity): boolean {
  const parts = selector.replace(/\([^()]*\)/g, '()').split(/[\s>+~]+/);
  const subject = parts[parts.length - 1] ?? '';
  const type = /^[A-Za-z][\w-]*/.exec(subject)?.[0];
  if (type !== undefined && type !== 'svg') return false;
  // `:where(.P)` was reduced to `:where()` above; P is on every element, the root included.
  for (const match of subject.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)) {
    if (!root.classes.has(match[1] as string)) return false;
  }
  for (const match of subject.matchAll(/#(-?[A-Za-z_][\w-]*)/g)) {
    if (match[1] !== root.id) return false;
  }
  return true;
}
