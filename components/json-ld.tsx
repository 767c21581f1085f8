import { serializeJsonLd } from '@/lib/seo/serialize-json-ld';

/** Structured data for crawlers, escaped so no value can close the script element. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
