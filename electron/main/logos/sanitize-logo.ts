import { LOGO_MAX_BYTES, refusedLogoReport, type LogoReport } from '../../../src/logos/logo-report';
import { measureComplexity } from './complexity';
import { checkComplexityCaps } from './complexity-caps';
import { decodeText } from './decode-text';
import { derivePrefix, GIVEN_PREFIX, IdPrefixer, PLACEHOLDER_PREFIX } from './id-prefix';
import { parseSvg } from './parse-svg';
import { applyPolicy } from './policy-pass';
import { checkReferenceChains } from './reference-chain';
import { formatBytes, LogoRefusal, refuse } from './refusal';
import { RemovalLog } from './removal-log';
import { serializeSvg } from './serialize';
import { gateBytes } from './sniff-bytes';
import { optimizeSvg } from './svgo-pass';
import { planSvgo } from './svgo-plan';
import { walkElements, type XElement } from './xml-tree';

export interface SanitizeLogoOptions {
  /** The file's name, for callers' logs. The format is decided by content, never by extension. */
  fileName?: string;
  /**
   * Prefix for ids and classes (a plain identifier, e.g. derived from a connector id). Without
   * it, a prefix is derived from the sanitized content.
   */
  idPrefix?: string;
}

const utf8 = new TextEncoder();

function hasStyleElement(root: XElement): boolean {
  for (const el of walkElements(root)) if (el.local === 'style') return true;
  return false;
}

/** Refuses text that cannot be SVG before handing it to the XML parser (clearer messages). */
function checkTextShape(text: string): void {
  const start = text.search(/\S/);
  if (start < 0) refuse('empty', 'The file contains only whitespace.');
  if (text.includes('\u0000'))
    refuse('binary-not-svg', 'This file is binary data, not an SVG text file.');
  if (/^<!doctype\s+html|^<html[\s>]/i.test(text.slice(start, start + 64))) {
    refuse(
      'html-not-svg',
      'This file is an HTML page, not an SVG. Save the logo itself as an .svg file.',
    );
  }
  if (text[start] !== '<') refuse('not-xml', 'This file is plain text, not SVG markup.');
}

function refuseOutputSize(bytes: number): never {
  return refuse(
    'output-too-large',
    `Once sanitized, the logo would be ${formatBytes(bytes)} or more, above the ` +
      `${formatBytes(LOGO_MAX_BYTES)} a logo may be. Simplify it or remove unused parts.`,
  );
}

/** Parse → allow-list → serialize, with the removals recorded in `log`. */
function cleanText(
  text: string,
  prefixer: IdPrefixer,
  log: RemovalLog,
): { svg: string; root: XElement } {
  const { root } = parseSvg(text, log);
  applyPolicy(root, prefixer, log);
  return { svg: serializeSvg(root), root };
}

function runPipeline(bytes: Uint8Array, options: SanitizeLogoOptions): LogoReport {
  const log = new RemovalLog();
  const gated = gateBytes(bytes);
  const { text } = decodeText(gated.bytes);
  checkTextShape(text);

  const given =
    options.idPrefix !== undefined && GIVEN_PREFIX.test(options.idPrefix)
      ? options.idPrefix
      : undefined;
  const known = given !== undefined ? [given] : [];
  const working = new IdPrefixer(PLACEHOLDER_PREFIX, known);

  // 1. Strict parse and our allow-list on the input: svgo never sees hostile content.
  const parsed = parseSvg(text, log);
  if (!parsed.declaredSvgNamespace)
    log.warn('The SVG had no xmlns attribute; the SVG namespace was added.');
  applyPolicy(parsed.root, working, log);
  const first = serializeSvg(parsed.root);
  // Escapes and prefixes can make the text grow (a `>` in text is written as `&gt;`); svgo never
  // shrinks a logo to half, so text this large cannot end within the limit and is not optimized.
  if (first.length > 2 * LOGO_MAX_BYTES) refuseOutputSize(first.length);

  // 2. Structure caps on what is left, then svgo (optimizer) without the plugins this logo's
  // complexity would make slow, then the allow-list again on what it produced.
  checkReferenceChains(parsed.root);
  const complexity = measureComplexity(parsed.root);
  checkComplexityCaps(complexity);
  const plan = planSvgo(complexity, hasStyleElement(parsed.root));
  if (plan.skipped.length > 0) {
    log.warn(
      'The logo is complex enough that some optimizations were skipped to keep the app ' +
        'responsive; it looks the same but the file is larger than it could be.',
    );
  }
  const optimized = optimizeSvg(first, plan.plugins);
  const canonical = cleanText(optimized, working, log).svg;

  // 3. Final prefix, derived from the canonical text so re-sanitizing gives the same bytes.
  const finalPrefixer = new IdPrefixer(given ?? derivePrefix(canonical), known);
  const renameLog = new RemovalLog();
  const output = cleanText(canonical, finalPrefixer, renameLog).svg;

  // 4. Fail closed: the output must parse and pass the allow-list with nothing left to remove.
  const verifyLog = new RemovalLog();
  const verified = cleanText(output, finalPrefixer, verifyLog).svg;
  if (renameLog.total > 0 || verifyLog.total > 0 || verified !== output) {
    refuse(
      'internal-error',
      'The sanitized logo did not pass its own safety check, so it was refused.',
    );
  }
  // Prefixes, scoping classes and escapes can make the output longer than the input.
  const bytesOut = utf8.encode(output).length;
  if (bytesOut > LOGO_MAX_BYTES) refuseOutputSize(bytesOut);
  return {
    accepted: true,
    svg: output,
    removed: log.removals(),
    warnings: log.warnings(),
    bytesIn: bytes.length,
    bytesOut,
  };
}

/**
 * Sanitizes one user-supplied logo. Never throws: every refusal, including unexpected internal
 * failures, comes back as a report with `accepted: false` and a plain-words `reason`.
 *
 * Synchronous and CPU-bound (svgo): call it from a worker or utility process in the app.
 */
export function sanitizeLogo(bytes: Uint8Array, options: SanitizeLogoOptions = {}): LogoReport {
  const bytesIn = bytes?.length ?? 0;
  try {
    if (!(bytes instanceof Uint8Array)) refuse('internal-error', 'No file content was given.');
    return runPipeline(bytes, options);
  } catch (error) {
    if (error instanceof LogoRefusal) return refusedLogoReport(error.code, error.message, bytesIn);
    const detail = error instanceof Error ? error.message : String(error);
    return refusedLogoReport(
      'internal-error',
      `The logo could not be processed (${detail}).`,
      bytesIn,
    );
  }
}
