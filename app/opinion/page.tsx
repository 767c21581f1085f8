import type { Metadata } from 'next';
import { listMetadata, ListView, resolveList } from '../_views/list-view';

export const revalidate = 60;

// Opinion, editorials and letters from every section, newest first (lib/content/article-types.ts).
export async function generateMetadata(): Promise<Metadata> {
  return listMetadata(await resolveList('/opinion'));
}

export default async function OpinionPage() {
  return <ListView {...await resolveList('/opinion')} />;
}
