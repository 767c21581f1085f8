import type { Metadata } from 'next';
import { CorrectionsView, correctionsMetadata } from '../_views/corrections-view';

export const revalidate = 60;

export function generateMetadata(): Promise<Metadata> {
  return correctionsMetadata(1);
}

export default function CorrectionsPage() {
  return <CorrectionsView page={1} />;
}
