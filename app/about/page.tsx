import type { Metadata } from 'next';
import { StandingPageView, standingPageMetadata } from '../_views/standing-page-view';

// Like every page, rendered again now and then: the layout's breaking-news banner comes and goes with
// the clock, and a page rendered once at build would keep it (or lack it) until the next deploy.
export const revalidate = 60;

export function generateMetadata(): Promise<Metadata> {
  return standingPageMetadata('about');
}

export default function Page() {
  return <StandingPageView slug="about" />;
}
