import type { z } from 'zod';
import { CHANNELS, type ChannelName } from '../../../src/ipc/channels';
import { contract } from '../../../src/ipc/contract';
import { fail, type Result } from '../../../src/result';
import { log } from '../log';
import type { HandlerTable } from './handler-table';

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** The first schema issue, in words a developer can act on, with the field it concerns. */
function describeIssue(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'The request is not valid.' };
  const path = issue.path.map(String);
  const field = path[0] === 'changes' ? path[1] : path[0];
  // A form field's message is shown under its label, which already says where.
  const isFormField = path[0] === 'changes' && path.length === 2;
  const where = path.length > 0 && !isFormField ? `${path.join('.')}: ` : '';
  return field === undefined
    ? { message: `${where}${issue.message}` }
    : { message: `${where}${issue.message}`, field };
}

/**
 * Routes a call from the renderer to its handler after parsing the payload with the channel's
 * strict schema. A refused payload never reaches a handler, so it changes nothing. Used by the
 * Electron IPC registration and by the end-to-end harness alike.
 *
 * Calls run one at a time, in the order they arrived. Handlers read a connector, change it and
 * save it; two of them interleaved would let the later save undo the earlier one (a creation
 * lost to a concurrent edit, a locked type changed on a connector that was being created).
 */
export function createDispatcher(handlers: HandlerTable): Dispatch {
  let queue: Promise<unknown> = Promise.resolve();
  return (channel, payload) => {
    const call = queue.then(() => handle(handlers, channel, payload));
    queue = call.catch(() => undefined);
    return call;
  };
}

async function handle(
  handlers: HandlerTable,
  channel: unknown,
  payload: unknown,
): Promise<Result<unknown>> {
  try {
    if (!isChannelName(channel)) return fail('VALIDATION', 'Unknown channel.');
    const parsed = contract[channel].request.safeParse(payload);
    if (!parsed.success) {
      const { message, field } = describeIssue(parsed.error);
      log.debug(`Refused ${channel}: payload did not match its schema`);
      return fail('VALIDATION', message, field);
    }
    const handler = handlers[channel] as (request: unknown) => Promise<Result<unknown>>;
    return await handler(parsed.data);
  } catch (error) {
    // Also reached by payloads that throw while being read (getters, proxies) in-process.
    log.error(`Call to ${String(channel).slice(0, 64)} threw`, error);
    return fail(
      'INTERNAL',
      'Connector Studio hit an unexpected error; nothing was changed. Details are in the log.',
    );
  }
}
