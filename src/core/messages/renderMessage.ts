/**
 * The message catalogue: every sentence the user can be shown about a refusal, as a key plus parameters, rendered
 * in English or Finnish at the edge (pane, ribbon dialog, command line). Deep code (engine, flows, hosts) only
 * names the key and gives the facts; it never builds a finished sentence.
 */
import type { Locale } from '../types';
import { ENGINE_MESSAGES, type EngineMessageParams } from './engineMessages';
import { EXCEL_MESSAGES, type ExcelMessageParams } from './excelMessages';
import { FILE_MESSAGES, type FileMessageParams } from './fileMessages';
import { READER_MESSAGES, type ReaderMessageParams } from './readerMessages';
import { FLOW_MESSAGES, type FlowMessageParams } from './flowMessages';
import type { MessageEntry, MessageLike } from './messageTypes';
import { WAREHOUSE_MESSAGES, type WarehouseMessageParams } from './warehouseMessages';

/** Parameters of every message, by key. */
export type MessageParamsByKey = EngineMessageParams &
  FlowMessageParams &
  ExcelMessageParams &
  FileMessageParams &
  ReaderMessageParams &
  WarehouseMessageParams;

/** A catalogue key. */
export type MessageKey = keyof MessageParamsByKey;

/** A message: a key with exactly the parameters its entry needs. */
export type Message<K extends MessageKey = MessageKey> = {
  [P in K]: { readonly key: P; readonly params: MessageParamsByKey[P] };
}[K];

const CATALOGUE: { readonly [K in MessageKey]: MessageEntry<MessageParamsByKey[K]> } = {
  ...ENGINE_MESSAGES,
  ...FLOW_MESSAGES,
  ...EXCEL_MESSAGES,
  ...FILE_MESSAGES,
  ...READER_MESSAGES,
  ...WAREHOUSE_MESSAGES,
};

/**
 * A message value (the one way to make one, so that the key and its parameters are checked together).
 * @example message('sheet-gone', { sheet: 'ABC Summary' }) // => { key: 'sheet-gone', params: { sheet: 'ABC Summary' } }
 */
export function message<K extends MessageKey>(key: K, params: MessageParamsByKey[K]): Message<K> {
  return { key, params } as Message<K>;
}

/** True when `key` is in the catalogue (a message may come from a workbook setting or another bundle). */
function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(CATALOGUE, key);
}

/**
 * The sentence of a message in `locale`. Nested messages in the parameters render in the same language; an
 * unknown key (never expected: keys are checked at compile time) renders as the key itself rather than throwing.
 *
 * Complexity O(length of the sentence).
 * @throws never
 * @example renderMessage(message('sheet-gone', { sheet: 'Data' }), 'fi') // => 'Välilehteä "Data" ei enää ole: segmentoi uudelleen.'
 */
export function renderMessage(msg: Message | MessageLike, locale: Locale): string {
  if (!isMessageKey(msg.key)) return msg.key;
  const entry = CATALOGUE[msg.key] as MessageEntry<unknown>;
  return entry[locale](msg.params, { locale, render: (nested) => renderMessage(nested, locale) });
}
