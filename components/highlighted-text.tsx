import type { TextPart } from '@/lib/search/highlight';

/** Text with the matched words in `<mark>`; React escapes every part, so a query is never markup. */
export function HighlightedText({ parts }: { parts: TextPart[] }) {
  return parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text));
}
