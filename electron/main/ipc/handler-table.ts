import type { ChannelName } from '../../../src/ipc/channels';
import type { ParsedRequestOf, ResponseOf } from '../../../src/ipc/contract';
import type { Result } from '../../../src/result';

/** One handler per channel; each receives a payload that has already passed its schema. */
export type HandlerTable = {
  readonly [K in ChannelName]: (request: ParsedRequestOf<K>) => Promise<Result<ResponseOf<K>>>;
};

export type HandlersFor<Prefix extends string> = {
  readonly [K in ChannelName as K extends `${Prefix}:${string}` ? K : never]: HandlerTable[K];
};
