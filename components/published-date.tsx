import { formatDisplayDate, formatDisplayDateTime, formatIsoInZone } from '@/lib/dates/format-date';

interface Props {
  iso: string;
  timeZone: string;
  /** The site's language: given, the time of day and the zone's name follow the date (article pages). */
  language?: string;
}

/** A `<time>` showing an instant as a date in the site's time zone, with the exact instant in `datetime`. */
export function PublishedDate({ iso, timeZone, language }: Props) {
  const text = language ? formatDisplayDateTime(iso, timeZone, language) : formatDisplayDate(iso, timeZone);
  return <time dateTime={formatIsoInZone(iso, timeZone)}>{text}</time>;
}
