/** Shared command-line plumbing: one-line errors, non-zero exit, nothing half-written. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from './corpus';
import { PLATFORMS, type Platform } from '../rules/types';

export function main(name: string, body: () => Promise<string> | string): void {
  Promise.resolve()
    .then(body)
    .then((output) => {
      // Output is built in full first, so a failure half-way writes nothing.
      if (output) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    })
    .catch((error: unknown) => {
      const message = error instanceof InputError || error instanceof TypeError ? error.message : String(error);
      process.stderr.write(`${name}: ${message.split('\n')[0]}\n`);
      process.exitCode = 2;
    });
}

export function args<T extends ParseArgsConfig['options']>(options: T) {
  try {
    return parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

export function platformArg(value: string | undefined): Platform | undefined {
  if (value === undefined || value === 'any') return undefined;
  if ((PLATFORMS as readonly string[]).includes(value)) return value as Platform;
  throw new InputError(`unknown platform "${value}" (use ${PLATFORMS.join(', ')})`);
}
