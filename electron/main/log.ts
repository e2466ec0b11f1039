import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The main process's one logger. Lines carry a timestamp, the level and the process kind; they go
 * to stderr and, once a folder is set, to `logs/main.log` in the data folder.
 * Log ids and error codes, never connector contents.
 */
export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

interface LogState {
  threshold: number;
  file: string | null;
}

const state: LogState = {
  threshold: LOG_LEVELS.indexOf(readLevel(process.env['CONNECTOR_STUDIO_LOG_LEVEL'])),
  file: null,
};

function readLevel(value: string | undefined): LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value ?? '') ? (value as LogLevel) : 'info';
}

function write(level: LogLevel, message: string, error?: unknown): void {
  if (LOG_LEVELS.indexOf(level) > state.threshold) return;
  const detail = error instanceof Error ? ` (${error.name}: ${error.message})` : '';
  const line = `${new Date().toISOString()} ${level.toUpperCase()} [main] ${message}${detail}`;
  process.stderr.write(`${line}\n`);
  if (state.file === null) return;
  try {
    appendFileSync(state.file, `${line}\n`);
  } catch {
    // A log file we cannot write must not take the app down; stderr still has the line.
    state.file = null;
  }
}

export const log = {
  error: (message: string, error?: unknown) => write('error', message, error),
  warn: (message: string, error?: unknown) => write('warn', message, error),
  info: (message: string) => write('info', message),
  debug: (message: string) => write('debug', message),
  /** Also write to `<dataDir>/logs/main.log` from now on. */
  toFolder(dataDir: string): void {
    const folder = join(dataDir, 'logs');
    mkdirSync(folder, { recursive: true });
    state.file = join(folder, 'main.log');
  },
};
