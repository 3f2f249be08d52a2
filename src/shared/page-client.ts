/**
 * How the extension's own pages (popup, options) ask the background. Replies are validated here,
 * at the receiver, like every other message; a failure becomes one Error with a readable message.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { envelope, PROTOCOL_VERSION, type Envelope } from './protocol';

export class BackgroundError extends Error {
  override name = 'BackgroundError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export async function ask<T extends z.ZodMiniType>(message: Record<string, unknown>, data: T): Promise<z.infer<T>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ v: PROTOCOL_VERSION, ...message });
  } catch {
    throw new BackgroundError('Second Look’s checker is not answering just now.', 'unavailable');
  }
  const parsed = envelope(data).safeParse(reply);
  if (!parsed.success)
    throw new BackgroundError('Second Look’s checker gave an answer this page cannot read.', 'internal');
  // Generic narrowing of the envelope defeats TypeScript; the schema has checked the shape.
  const result = parsed.data as Envelope<z.infer<T>>;
  if (!result.ok) throw new BackgroundError(result.error.message, result.error.code);
  return result.data;
}
