import type { Metadata } from 'next';
import { parsePageNumber } from '@/lib/lists/paginate';
import { CorrectionsView, correctionsMetadata } from '../../../_views/corrections-view';

export const revalidate = 60;

// Rendered on first request, then served from the cache; proxy.ts has answered pages past the last.
export function generateStaticParams() {
  return [];
}

async function pageOf(props: PageProps<'/corrections/page/[page]'>) {
  return parsePageNumber((await props.params).page) ?? 0;
}

export async function generateMetadata(props: PageProps<'/corrections/page/[page]'>): Promise<Metadata> {
  return correctionsMetadata(await pageOf(props));
}

export default async function CorrectionsPageN(props: PageProps<'/corrections/page/[page]'>) {
  return <CorrectionsView page={await pageOf(props)} />;
}
