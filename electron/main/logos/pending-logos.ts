import { randomUUID } from 'node:crypto';

export interface PendingLogo {
  readonly svg: string;
  readonly fileName: string;
}

/**
 * Sanitized logos waiting for the user to confirm them. The renderer only ever holds a token,
 * so the SVG that gets attached is always one the sanitizer produced, never renderer input.
 */
export class PendingLogos {
  readonly #entries = new Map<string, PendingLogo>();

  constructor(private readonly capacity = 8) {}

  hold(logo: PendingLogo): string {
    const token = randomUUID();
    this.#entries.set(token, logo);
    // The oldest previews go first; a user confirms within seconds, not after eight more drops.
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return token;
  }

  take(token: string): PendingLogo | undefined {
    const logo = this.#entries.get(token);
    this.#entries.delete(token);
    return logo;
  }
}
