const QUOTED_LENGTH = 60;

/**
 * A value quoted for a message, cut with an ellipsis past 60 characters, so a 300-character word or a
 * pasted paragraph never floods an editor's report.
 * @example quote('next Tuesday') // '"next Tuesday"'
 */
export function quote(value: string): string {
  const chars = [...value];
  return JSON.stringify(
    chars.length > QUOTED_LENGTH ? `${chars.slice(0, QUOTED_LENGTH - 1).join('')}…` : value,
  );
}
