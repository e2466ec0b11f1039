import type { LogoRefusalCode } from '../../../src/logos/logo-report';

/**
 * Thrown inside the pipeline to stop at the first reason to refuse a logo. It never leaves
 * `sanitizeLogo`, which turns it into a refused report.
 */
export class LogoRefusal extends Error {
  readonly code: LogoRefusalCode;

  constructor(code: LogoRefusalCode, reason: string) {
    super(reason);
    this.name = 'LogoRefusal';
    this.code = code;
  }
}

export function refuse(code: LogoRefusalCode, reason: string): never {
  throw new LogoRefusal(code, reason);
}

/** Formats a byte count the way the refusal messages show it ("1 MiB", "20.0 MiB", "512 KiB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mib = bytes / (1024 * 1024);
    return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
