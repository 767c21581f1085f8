/**
 * Serialises JSON-LD for an inline `<script type="application/ld+json">`: `<`, `>`, `&` and the JavaScript
 * line separators are written as `\u` escapes, so no value (a title with `</script>`) can end the tag.
 * @example serializeJsonLd({ headline: '</script>' }) // '{"headline":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
