/**
 * A command-line parsing error of `node:util` `parseArgs` in the user's terms: "unknown option
 * --bogus" (with `scope`, "unknown option --bogus for queue"), "--published needs a value".
 */
export function optionError(error: Error & { code?: string }, scope?: string): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}${scope ? ` for ${scope}` : ''}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `${option} needs a value`;
  return error.message.replace(/'/g, '');
}
