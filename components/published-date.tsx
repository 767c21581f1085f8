import { formatDisplayDate, formatIsoInZone } from '@/lib/dates/format-date';

/** A `<time>` showing an instant as a date in the site's time zone, with the exact instant in `datetime`. */
export function PublishedDate({ iso, timeZone }: { iso: string; timeZone: string }) {
  return <time dateTime={formatIsoInZone(iso, timeZone)}>{formatDisplayDate(iso, timeZone)}</time>;
}
