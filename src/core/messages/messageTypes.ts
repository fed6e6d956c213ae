/**
 * The shape of the message catalogue: a message is a key and its parameters, rendered into English or Finnish
 * only where it is shown (pane, ribbon dialog, command line) – as VS Code's `localize(key, message, …args)`.
 * Each area of the product keeps its entries in its own module (engineMessages, flowMessages, excelMessages,
 * fileMessages); `messageCatalogue` joins them.
 */
import type { Locale } from '../types';

/** A parameter value: text, a number, or a nested message (rendered in the same language). */
export type MessageParam = string | number | boolean | null | MessageLike;

/** Any message, structurally: what a parameter may nest without naming every key. */
export interface MessageLike {
  key: string;
  params: Readonly<Record<string, MessageParam>>;
}

/** The renderer handed to an entry, for nested messages and the catalogue's shared words. */
export interface RenderTools {
  locale: Locale;
  /** Render a nested message in the same language. */
  render: (message: MessageLike) => string;
}

/** One entry: the sentence in each language, from its parameters. */
export type MessageEntry<P> = Readonly<Record<Locale, (params: P, tools: RenderTools) => string>>;

/** A catalogue section: one entry per key of its parameter map `M`. */
export type CatalogueSection<M> = { readonly [K in keyof M]: MessageEntry<M[K]> };

/** No parameters. */
export type NoParams = Readonly<Record<string, never>>;
