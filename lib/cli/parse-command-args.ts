import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's flags and positional words, read strictly (an unknown flag or a flag without its value
 * is refused, with parseArgs's own explanation and the command's usage), or that message.
 */
export function parseCommandArgs<const T extends Options>(
  argv: readonly string[],
  options: T,
  usage: string,
) {
  try {
    const parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
    return { ok: true as const, values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    // parseArgs explains unknown flags and flags without a value; anything else is a bug.
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS'))
      return { ok: false as const, message: `${(error as Error).message}\n${usage}` };
    throw error;
  }
}
